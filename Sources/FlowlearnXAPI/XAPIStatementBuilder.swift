import Foundation
import FlowlearnCore

/// Turns learning records into xAPI statements: the one place that says which verb, activity and
/// result each kind of record becomes. ADL verbs where one exists (`asked`, `experienced`,
/// `answered`, `completed`, `responded`, `voided`), the xAPI registry's (id.tincanapi.com)
/// `rated` and `skipped` otherwise. Statements never carry what a person wrote: no question
/// text, no reflection text, no sentence after a follow-up's answer.
public struct XAPIStatementBuilder: Sendable {
    /// How a person appears: their chat id as an account on `homePage`, or a keyed hash of it.
    public enum ActorIdentity: Sendable {
        case account(homePage: String)
        case hashed(homePage: String, key: [UInt8])
    }

    /// IRI that activity ids start with, ending in `/`.
    public var activityBase: String
    public var identity: ActorIdentity
    /// A lesson's title and language by id, when the library has it.
    public var lesson: @Sendable (String) -> (title: String, language: Language)?
    /// The names of a path (`step` nil) or of one of its steps, per language; empty when unknown.
    public var pathNames: @Sendable (_ path: String, _ step: String?) -> [Language: String]

    public init(activityBase: String, identity: ActorIdentity, lesson: @escaping @Sendable (String) -> (title: String, language: Language)?,
                pathNames: @escaping @Sendable (_ path: String, _ step: String?) -> [Language: String] = { _, _ in [:] }) {
        self.activityBase = activityBase.hasSuffix("/") ? activityBase : activityBase + "/"
        self.identity = identity
        self.lesson = lesson
        self.pathNames = pathNames
    }

    static let adl = "http://adlnet.gov/expapi/verbs/"
    static let lessonType = "http://adlnet.gov/expapi/activities/lesson"
    static let surveyType = "http://id.tincanapi.com/activitytype/survey"
    static let questionType = "http://adlnet.gov/expapi/activities/question"
    static let interactionType = "http://adlnet.gov/expapi/activities/cmi.interaction"
    /// A path is a course of lessons and tasks; a step a module of it.
    static let pathType = "http://adlnet.gov/expapi/activities/course"
    static let stepType = "http://adlnet.gov/expapi/activities/module"

    public func statement(for record: LearningRecord) -> XAPIStatement {
        var result: XAPIStatement.Result?
        let verb: XAPIStatement.Verb
        let object: XAPIStatement.Object
        var parent: XAPIStatement.Activity?
        switch record.activity {
        case .asked(let lesson, let choiceOffered):
            verb = Self.verb(Self.adl + "asked", en: "asked", nl: "vroeg")
            if let lesson {
                object = .activity(lessonActivity(lesson))
                result = XAPIStatement.Result(success: true)
            } else if choiceOffered {
                // Answered by the lesson the person picks (an `experienced` statement then).
                object = .activity(activity("close-call", en: "A question with several close lessons", nl: "Een vraag met meerdere lessen dichtbij",
                                            type: Self.questionType))
            } else {
                object = .activity(activity("content-gap", en: "A question without a lesson yet", nl: "Een vraag nog zonder les", type: Self.questionType))
                result = XAPIStatement.Result(success: false)
            }
        case .experienced(let lesson):
            verb = Self.verb(Self.adl + "experienced", en: "experienced", nl: "kreeg")
            object = .activity(lessonActivity(lesson))
        case .rated(let lesson, let helpful):
            verb = Self.verb("http://id.tincanapi.com/verb/rated", en: "rated", nl: "beoordeelde")
            object = .activity(lessonActivity(lesson))
            let value: Double = helpful ? 1 : 0
            result = XAPIStatement.Result(score: .init(scaled: value, raw: value, min: 0, max: 1))
        case .answeredFollowUp(let lesson, let answer):
            verb = Self.verb(Self.adl + "answered", en: "answered", nl: "beantwoordde")
            object = .activity(followUpActivity(lesson))
            parent = lessonActivity(lesson)
            // Success: the lesson helped in practice; "not yet" says neither.
            result = XAPIStatement.Result(success: answer == .notYet ? nil : answer == .used, response: answer.rawValue)
        case .completedStep(let path, let step):
            verb = Self.verb(Self.adl + "completed", en: "completed", nl: "rondde af")
            object = .activity(stepActivity(path, step))
            parent = pathActivity(path)
        case .skippedStep(let path, let step):
            verb = Self.verb("http://id.tincanapi.com/verb/skipped", en: "skipped", nl: "sloeg over")
            object = .activity(stepActivity(path, step))
            parent = pathActivity(path)
        case .responded(let week):
            verb = Self.verb(Self.adl + "responded", en: "responded to", nl: "reageerde op")
            object = .activity(activity("reflections/\(week)", en: "Weekly reflection \(week)", nl: "Weekreflectie \(week)", type: Self.surveyType))
        case .voided(let statement):
            verb = Self.verb(Self.adl + "voided", en: "voided", nl: "trok in")
            object = .statement(statement)
        }
        var context: XAPIStatement.Context?
        if case .voided = record.activity {} else {
            context = XAPIStatement.Context(
                language: record.language?.rawValue,
                statement: record.follows.map { .init(id: $0.uuidString.lowercased()) },
                contextActivities: .init(parent: parent.map { [$0] }, grouping: [XAPIStatement.Activity(id: activityBase, definition: nil)]))
        }
        return XAPIStatement(id: record.id, actor: actor(record.person), verb: verb, object: object, result: result, context: context,
                             timestamp: Self.timestamp(record.occurredAt))
    }

    func actor(_ person: String?) -> XAPIStatement.Actor {
        switch (identity, person) {
        case (_, nil):
            // A voiding statement names nobody: Flowlearn itself withdraws it.
            return .init(account: .init(homePage: activityBase, name: "flowlearn"))
        case (.account(let homePage), let person?):
            return .init(account: .init(homePage: homePage, name: person))
        case (.hashed(let homePage, let key), let person?):
            return .init(account: .init(homePage: homePage, name: SHA256.hex(SHA256.hmac(key: key, message: Array(person.utf8)))))
        }
    }

    func lessonActivity(_ id: String) -> XAPIStatement.Activity {
        let iri = activityBase + "lessons/" + Self.segment(id)
        guard let lesson = lesson(id) else { return XAPIStatement.Activity(id: iri, definition: nil) }
        return XAPIStatement.Activity(id: iri, definition: .init(name: [Self.languageTag(lesson.language): lesson.title], type: Self.lessonType))
    }

    /// The question "did the lesson help in practice?" about one lesson: a choice of the answers
    /// a follow-up takes, under `<activity_base>follow-ups/<lesson>`.
    func followUpActivity(_ lesson: String) -> XAPIStatement.Activity {
        let title = self.lesson(lesson)?.title ?? lesson
        let choices: [XAPIStatement.Activity.Definition.Choice] = FollowUpAnswer.Kind.allCases.map { kind in
            switch kind {
            case .used: return .init(id: kind.rawValue, description: ["en-US": "yes, used it", "nl-NL": "ja, gebruikt"])
            case .notYet: return .init(id: kind.rawValue, description: ["en-US": "not yet", "nl-NL": "nog niet"])
            case .didNotHelp: return .init(id: kind.rawValue, description: ["en-US": "it didn't help", "nl-NL": "het hielp niet"])
            }
        }
        return XAPIStatement.Activity(
            id: activityBase + "follow-ups/" + Self.segment(lesson),
            definition: .init(name: ["en-US": "Did you use “\(title)” in practice?", "nl-NL": "Heb je „\(title)” in de praktijk gebruikt?"],
                              type: Self.interactionType, interactionType: "choice", choices: choices))
    }

    /// A learning path, under `<activity_base>paths/<path>`.
    func pathActivity(_ path: String) -> XAPIStatement.Activity {
        named(activityBase + "paths/" + Self.segment(path), pathNames(path, nil), type: Self.pathType)
    }

    /// A step of a learning path, under `<activity_base>paths/<path>/steps/<step>`.
    func stepActivity(_ path: String, _ step: String) -> XAPIStatement.Activity {
        named(activityBase + "paths/" + Self.segment(path) + "/steps/" + Self.segment(step), pathNames(path, step), type: Self.stepType)
    }

    func named(_ id: String, _ names: [Language: String], type: String) -> XAPIStatement.Activity {
        guard !names.isEmpty else { return XAPIStatement.Activity(id: id, definition: nil) }
        return XAPIStatement.Activity(id: id, definition: .init(name: Dictionary(uniqueKeysWithValues: names.map { (Self.languageTag($0.key), $0.value) }),
                                                                type: type))
    }

    /// An id as one segment of an IRI path.
    static func segment(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? id
    }

    func activity(_ path: String, en: String, nl: String, type: String) -> XAPIStatement.Activity {
        XAPIStatement.Activity(id: activityBase + path, definition: .init(name: ["en-US": en, "nl-NL": nl], type: type))
    }

    static func verb(_ id: String, en: String, nl: String) -> XAPIStatement.Verb {
        XAPIStatement.Verb(id: id, display: ["en-US": en, "nl-NL": nl])
    }

    static func languageTag(_ language: Language) -> String { language == .nl ? "nl-NL" : "en-US" }

    /// `2026-12-09T09:00:00.000Z`.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
