extension Language {
    /// `nl` when this is Dutch, else `en`: the two wordings of one message.
    func say(_ nl: String, _ en: String) -> String { self == .nl ? nl : en }
}

extension LocalDate {
    /// The date as people read it: "Monday 14 December" / "maandag 14 december".
    public func spoken(in language: Language) -> String {
        let months = language == .nl
            ? ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(weekday.name(in: language)) \(day) \(months[max(0, min(11, month - 1))])"
    }
}
