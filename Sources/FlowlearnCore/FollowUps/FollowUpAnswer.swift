/// What a person answers to a follow-up ("did you use it?"): `yes`, `not yet` or `it didn't
/// help` (Dutch: `ja`, `nog niet`, `het hielp niet`), optionally followed by a sentence.
public struct FollowUpAnswer: Sendable, Equatable {
    /// The answer itself.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        case used = "used"
        case notYet = "not_yet"
        case didNotHelp = "did_not_help"
    }

    public var kind: Kind
    /// The sentence after the answer, if any ("yes, I used the checklist in my 1:1").
    public var note: String?

    static let didNotHelp = [
        "it didnt help", "didnt help", "did not help", "it did not help", "not helpful", "no it didnt help", "no didnt help",
        "it wasnt helpful", "wasnt helpful", "no help", "het hielp niet", "hielp niet", "niet geholpen", "het heeft niet geholpen",
        "heeft niet geholpen", "nee het hielp niet", "nee hielp niet", "nee niet geholpen", "niet nuttig",
    ]
    static let notYet = ["not yet", "nog niet", "nope", "no", "nee", "not really", "niet echt", "nog niet echt"]
    static let used = ["yes", "yep", "yeah", "yes i did", "i did", "i used it", "used it", "ja", "jazeker", "zeker", "ja hoor",
                       "ja zeker", "ja gebruikt", "gebruikt", "ik heb het gebruikt", "absolutely", "definitely", "it helped", "het hielp",
                       "het heeft geholpen", "geholpen"]

    public init(kind: Kind, note: String? = nil) {
        self.kind = kind
        self.note = note
    }

    public init?(_ text: String) {
        let reply = ReplyWords(text)
        for (kind, phrases) in [(Kind.didNotHelp, Self.didNotHelp), (.notYet, Self.notYet), (.used, Self.used)] {
            if let phrase = reply.firstPrefix(phrases) {
                let note = reply.rest(after: phrase.split(separator: " ").count)
                self.init(kind: kind, note: note.isEmpty ? nil : note)
                return
            }
        }
        return nil
    }
}
