/// A day of the week, as written in config (English or Dutch names).
public enum Weekday: Int, Sendable, CaseIterable, Codable, Hashable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Parses `friday`, `fri`, `vrijdag`, `vr` (any case); `nil` otherwise.
    public init?(name: String) {
        let n = name.lowercased()
        let english = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        let dutch = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
        let dutchShort = ["ma", "di", "wo", "do", "vr", "za", "zo"]
        for i in 0..<7 where n == english[i] || n == String(english[i].prefix(3)) || n == dutch[i] || n == dutchShort[i] {
            self = Weekday(rawValue: i + 1)!
            return
        }
        return nil
    }

    /// 0 for Monday up to 6 for Sunday.
    public var offsetFromMonday: Int { rawValue - 1 }

    /// The day's name for people, in their language.
    public func name(in language: Language) -> String {
        switch language {
        case .en: return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][offsetFromMonday]
        case .nl: return ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"][offsetFromMonday]
        }
    }
}
