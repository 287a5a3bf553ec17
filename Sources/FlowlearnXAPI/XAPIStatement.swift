import Foundation

/// An xAPI 1.0.3 statement as Flowlearn sends it: the parts of the specification it uses, encoded
/// to the JSON the learning record store reads.
public struct XAPIStatement: Sendable, Equatable, Encodable {
    /// Who: an account on a system (the chat platform, or Flowlearn itself for voiding).
    public struct Actor: Sendable, Equatable, Encodable {
        public struct Account: Sendable, Equatable, Encodable {
            public var homePage: String
            public var name: String
        }
        public var objectType = "Agent"
        public var account: Account
    }

    /// What was done: an IRI and its name per language.
    public struct Verb: Sendable, Equatable, Encodable {
        public var id: String
        public var display: [String: String]
    }

    /// An activity (a lesson, a reflection) or a reference to another statement.
    public enum Object: Sendable, Equatable, Encodable {
        case activity(Activity)
        case statement(UUID)

        public func encode(to encoder: any Encoder) throws {
            switch self {
            case .activity(let activity): try activity.encode(to: encoder)
            case .statement(let id): try StatementReference(id: id.uuidString.lowercased()).encode(to: encoder)
            }
        }
    }

    public struct Activity: Sendable, Equatable, Encodable {
        public struct Definition: Sendable, Equatable, Encodable {
            /// One answer a `choice` interaction offers.
            public struct Choice: Sendable, Equatable, Encodable {
                public var id: String
                public var description: [String: String]
            }
            public var name: [String: String]
            public var type: String
            /// For a question (`cmi.interaction`): `choice`, with the answers it offers.
            public var interactionType: String?
            public var choices: [Choice]?
        }
        public var objectType = "Activity"
        public var id: String
        public var definition: Definition?
    }

    public struct StatementReference: Sendable, Equatable, Encodable {
        public var objectType = "StatementRef"
        public var id: String
    }

    public struct Result: Sendable, Equatable, Encodable {
        public struct Score: Sendable, Equatable, Encodable {
            public var scaled: Double
            public var raw: Double
            public var min: Double
            public var max: Double
        }
        public var score: Score?
        public var success: Bool?
        /// The answer chosen (a choice's id), never words a person wrote.
        public var response: String?
    }

    public struct Context: Sendable, Equatable, Encodable {
        public struct Activities: Sendable, Equatable, Encodable {
            /// What the object is part of: the path of a step, the lesson a follow-up asks about.
            public var parent: [Activity]?
            public var grouping: [Activity]
        }
        public var platform = "Flowlearn"
        public var language: String?
        public var statement: StatementReference?
        public var contextActivities: Activities?
    }

    public var id: UUID
    public var actor: Actor
    public var verb: Verb
    public var object: Object
    public var result: Result?
    public var context: Context?
    /// ISO 8601 in UTC with milliseconds.
    public var timestamp: String

    enum CodingKeys: String, CodingKey { case id, actor, verb, object, result, context, timestamp }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(actor, forKey: .actor)
        try container.encode(verb, forKey: .verb)
        try container.encode(object, forKey: .object)
        try container.encodeIfPresent(result, forKey: .result)
        try container.encodeIfPresent(context, forKey: .context)
        try container.encode(timestamp, forKey: .timestamp)
    }

    /// Statements as the JSON array a `POST statements` takes.
    public static func json(_ statements: [XAPIStatement]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(statements))
    }
}
