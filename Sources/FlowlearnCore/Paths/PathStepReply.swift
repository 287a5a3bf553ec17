/// What a person answers to a path step: `done`, `later` or `skip` (Dutch: `klaar`, `later`,
/// `overslaan`), alone in a message.
public enum PathStepReply: Sendable, Equatable {
    case done
    case later
    case skip

    public init?(_ text: String) {
        let reply = ReplyWords(text)
        switch reply.words.joined(separator: " ") {
        case "done", "did it", "finished", "ready", "klaar", "gedaan", "af", "voltooid", "done it", "ik ben klaar", "is klaar", "step done", "stap klaar", "stap gedaan":
            self = .done
        case "later", "not now", "tomorrow", "morgen", "straks", "nu niet", "niet nu":
            self = .later
        case "skip", "skip it", "skip this step", "overslaan", "sla over", "stap overslaan", "deze stap overslaan":
            self = .skip
        default:
            return nil
        }
    }
}
