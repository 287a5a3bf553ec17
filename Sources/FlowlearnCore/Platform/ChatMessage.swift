import Foundation

/// A message someone wrote to the bot, as any chat platform delivers it.
public struct IncomingMessage: Sendable, Equatable {
    /// The platform's id of the message (Matrix event id); replies and feedback refer to it.
    public var id: String
    /// The room or conversation it was written in.
    public var room: String
    /// The chat id of the person who wrote it.
    public var sender: String
    public var senderName: String?
    public var text: String
    /// True in a direct message with the bot: everything there is addressed to it.
    public var isDirect: Bool
    /// True when the message mentions the bot by name or id.
    public var mentionsBot: Bool
    public var receivedAt: Date
    /// The message this one replies to, or the root of the thread it is in (platforms with replies).
    public var repliesTo: String?
    /// The people (other than the bot) the message mentions by a link or pill, in order, on
    /// platforms that mark mentions; ids written in the text are read from the text.
    public var mentions: [String]

    public init(id: String, room: String, sender: String, senderName: String? = nil, text: String,
                isDirect: Bool, mentionsBot: Bool = false, receivedAt: Date, repliesTo: String? = nil, mentions: [String] = []) {
        self.id = id
        self.room = room
        self.sender = sender
        self.senderName = senderName
        self.text = text
        self.isDirect = isDirect
        self.mentionsBot = mentionsBot
        self.receivedAt = receivedAt
        self.repliesTo = repliesTo
        self.mentions = mentions
    }
}

/// A reaction (👍 / 👎) someone put on one of the bot's messages.
public struct IncomingReaction: Sendable, Equatable {
    public var id: String
    public var room: String
    public var sender: String
    /// The id of the bot's message that was reacted to.
    public var target: String
    /// The reaction as sent, e.g. "👍".
    public var key: String
    public var receivedAt: Date

    public init(id: String, room: String, sender: String, target: String, key: String, receivedAt: Date) {
        self.id = id
        self.room = room
        self.sender = sender
        self.target = target
        self.key = key
        self.receivedAt = receivedAt
    }
}

/// A message someone wrote to the bot that the platform could not read: end-to-end encrypted
/// with a key the bot never got (or could not use). The person is asked to send it again.
public struct UnreadableMessage: Sendable, Equatable {
    public var id: String
    public var room: String
    public var sender: String
    public var isDirect: Bool
    public var receivedAt: Date

    public init(id: String, room: String, sender: String, isDirect: Bool, receivedAt: Date) {
        self.id = id
        self.room = room
        self.sender = sender
        self.isDirect = isDirect
        self.receivedAt = receivedAt
    }
}

/// Something that happened on a chat platform that the bot may act on.
public enum ChatEvent: Sendable, Equatable {
    case message(IncomingMessage)
    case reaction(IncomingReaction)
    /// A message the bot cannot read (see ``UnreadableMessage``).
    case unreadable(UnreadableMessage)
}

/// Where an outgoing message goes.
public enum Destination: Sendable, Equatable, Hashable {
    /// A room the bot is in (a reply goes back to where the question was asked).
    case room(String)
    /// A direct message with this person; the platform opens one when needed.
    case person(String)
}

/// A message the bot sends.
public struct OutgoingMessage: Sendable, Equatable {
    public var destination: Destination
    /// Chat Markdown: `**bold**`, `_italic_`, lists, headings. Platforms render or strip it.
    public var text: String
    /// The message this one answers (a threaded reply), if any.
    public var inReplyTo: String?
    /// What the message is, so the store can link feedback and deliveries to it.
    public var purpose: Purpose

    /// Why the bot sends a message.
    public enum Purpose: Sendable, Equatable, Hashable {
        /// An answer to the question with this message id.
        case answer(questionMessageID: String)
        /// "I have nothing on that yet" for the question with this message id.
        case noAnswer(questionMessageID: String)
        case reflectionPrompt(week: ISOWeek)
        case reflectionReminder(week: ISOWeek)
        case acknowledgement
        case summary(team: String, week: ISOWeek)
        /// A step of a learning path.
        case pathStep(path: String, step: String)
        /// "Did the lesson help?" about a lesson topic.
        case followUp(topic: String)
        case info
    }

    public init(destination: Destination, text: String, inReplyTo: String? = nil, purpose: Purpose = .info) {
        self.destination = destination
        self.text = text
        self.inReplyTo = inReplyTo
        self.purpose = purpose
    }
}
