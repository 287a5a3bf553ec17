import Foundation

/// The few things people can say to the bot that are not questions, in Dutch and English.
public enum ChatCommand: Sendable, Equatable {
    case help
    case whatDoYouStore
    case forgetMe
    case confirmForget
    case helpful
    case notHelpful

    /// Recognises a command in `text`; `nil` for anything else (a question, a reflection).
    public init?(_ text: String) {
        let normalized = TextNormalizer.words(text).joined(separator: " ")
        let raw = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch raw {
        case "👍", "+1", "👍🏻", "👍🏼", "👍🏽", "👍🏾", "👍🏿": self = .helpful; return
        case "👎", "-1", "👎🏻", "👎🏼", "👎🏽", "👎🏾", "👎🏿": self = .notHelpful; return
        default: break
        }
        switch normalized {
        case "help", "hulp", "hallo", "hello", "hi", "hoi", "hey", "start", "?", "":
            self = .help
        case "what do you store about me", "what do you know about me", "what data do you have about me",
             "what do you keep about me", "wat bewaar je over mij", "wat weet je over mij", "wat sla je op over mij",
             "welke gegevens heb je over mij", "wat heb je over mij opgeslagen":
            self = .whatDoYouStore
        case "forget me", "vergeet mij", "vergeet me", "delete my data", "wis mijn gegevens":
            self = .forgetMe
        case "yes forget me", "ja vergeet mij", "ja vergeet me", "yes delete my data", "ja wis mijn gegevens":
            self = .confirmForget
        default:
            return nil
        }
    }
}

