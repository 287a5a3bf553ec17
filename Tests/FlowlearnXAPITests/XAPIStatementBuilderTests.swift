import Foundation
import Testing
import FlowlearnCore
@testable import FlowlearnXAPI

@Suite struct XAPIStatementBuilderTests {
    let asked = UUID(uuidString: "11111111-2222-4333-8444-555555555555")!
    let at = Date(timeIntervalSince1970: 1_796_810_400) // 2026-12-09T10:00:00Z

    func builder(_ identity: XAPIStatementBuilder.ActorIdentity = .account(homePage: "https://matrix.example.org")) -> XAPIStatementBuilder {
        XAPIStatementBuilder(activityBase: "https://learning.example.org/flowlearn", identity: identity) { id in
            id == "give-feedback-en" ? ("Give feedback that lands", .en) : nil
        }
    }

    func json(_ record: LearningRecord, _ identity: XAPIStatementBuilder.ActorIdentity = .account(homePage: "https://matrix.example.org")) throws -> [String: Any] {
        let data = try XAPIStatement.json([builder(identity).statement(for: record)])
        return try #require((try JSONSerialization.jsonObject(with: Data(data)) as? [[String: Any]])?.first)
    }

    func verb(_ statement: [String: Any]) -> String? { (statement["verb"] as? [String: Any])?["id"] as? String }
    func object(_ statement: [String: Any]) -> [String: Any] { statement["object"] as? [String: Any] ?? [:] }

    @Test func aQuestionAnsweredWithALessonIsAskedAndExperiencedWithADLVerbs() throws {
        let question = try json(LearningRecord(id: asked, person: "@ann:example.org", activity: .asked(lesson: "give-feedback-en"), language: .nl, occurredAt: at))
        #expect(question["id"] as? String == "11111111-2222-4333-8444-555555555555")
        #expect(verb(question) == "http://adlnet.gov/expapi/verbs/asked")
        #expect(object(question)["id"] as? String == "https://learning.example.org/flowlearn/lessons/give-feedback-en")
        #expect((question["result"] as? [String: Any])?["success"] as? Bool == true)
        #expect(question["timestamp"] as? String == "2026-12-09T10:00:00.000Z")
        #expect((question["context"] as? [String: Any])?["language"] as? String == "nl")
        let actor = try #require((question["actor"] as? [String: Any])?["account"] as? [String: Any])
        #expect(actor["homePage"] as? String == "https://matrix.example.org" && actor["name"] as? String == "@ann:example.org")

        let lesson = try json(LearningRecord(id: UUID(), person: "@ann:example.org", activity: .experienced(lesson: "give-feedback-en"), occurredAt: at, follows: asked))
        #expect(verb(lesson) == "http://adlnet.gov/expapi/verbs/experienced")
        let definition = try #require(object(lesson)["definition"] as? [String: Any])
        #expect((definition["name"] as? [String: String]) == ["en-US": "Give feedback that lands"])
        #expect(definition["type"] as? String == "http://adlnet.gov/expapi/activities/lesson")
        #expect(((lesson["context"] as? [String: Any])?["statement"] as? [String: Any])?["id"] as? String == asked.uuidString.lowercased())
    }

    @Test func aGapIsAQuestionWithoutSuccessAndNeverItsWords() throws {
        let gap = try json(LearningRecord(id: UUID(), person: "@ann:x", activity: .asked(lesson: nil), occurredAt: at))
        #expect(object(gap)["id"] as? String == "https://learning.example.org/flowlearn/content-gap")
        #expect((gap["result"] as? [String: Any])?["success"] as? Bool == false)
        #expect(!"\(gap)".contains("response"))
    }

    @Test(arguments: [(true, 1.0), (false, 0.0)])
    func aRatingCarriesAScore(helpful: Bool, scaled: Double) throws {
        let rated = try json(LearningRecord(id: UUID(), person: "@ann:x", activity: .rated(lesson: "give-feedback-en", helpful: helpful), occurredAt: at))
        #expect(verb(rated) == "http://id.tincanapi.com/verb/rated")
        let score = try #require((rated["result"] as? [String: Any])?["score"] as? [String: Double])
        #expect(score == ["scaled": scaled, "raw": scaled, "min": 0, "max": 1])
    }

    @Test func aReflectionReplyIsRespondedToTheWeeksReflection() throws {
        let reply = try json(LearningRecord(id: UUID(), person: "@ann:x", activity: .responded(reflection: ISOWeek(year: 2026, week: 50)), occurredAt: at))
        #expect(verb(reply) == "http://adlnet.gov/expapi/verbs/responded")
        #expect(object(reply)["id"] as? String == "https://learning.example.org/flowlearn/reflections/2026-W50")
        #expect(reply["result"] == nil)
    }

    @Test func aVoidingStatementRefersToTheStatementAndNamesNobody() throws {
        let void = try json(LearningRecord(id: UUID(), person: nil, activity: .voided(statement: asked), occurredAt: at))
        #expect(verb(void) == "http://adlnet.gov/expapi/verbs/voided")
        #expect(object(void)["objectType"] as? String == "StatementRef" && object(void)["id"] as? String == asked.uuidString.lowercased())
        #expect(((void["actor"] as? [String: Any])?["account"] as? [String: String])?["name"] == "flowlearn")
        #expect(void["context"] == nil)
    }

    @Test func aHashedActorIsStableForAPersonAndRevealsNothingWithoutTheKey() throws {
        let key = Array(repeating: UInt8(7), count: 32)
        let record = LearningRecord(id: UUID(), person: "@ann:example.org", activity: .asked(lesson: nil), occurredAt: at)
        func name(_ key: [UInt8], _ record: LearningRecord) throws -> String {
            try #require(((try json(record, .hashed(homePage: "https://matrix.example.org", key: key))["actor"] as? [String: Any])?["account"] as? [String: String])?["name"])
        }
        let first = try name(key, record)
        #expect(first == (try name(key, record)))
        #expect(first.count == 64 && !first.contains("ann"))
        #expect(first != (try name(Array(repeating: 8, count: 32), record)), "another key, another name")
        var other = record
        other.person = "@bob:example.org"
        #expect(first != (try name(key, other)))
        #expect(first == SHA256.hex(SHA256.hmac(key: key, message: Array("@ann:example.org".utf8))))
    }
}

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownDigests(message: String, digest: String) {
        #expect(SHA256.hex(SHA256.hash(Array(message.utf8))) == digest)
    }

    @Test func aMillionAs() {
        #expect(SHA256.hex(SHA256.hash(Array(repeating: UInt8(ascii: "a"), count: 1_000_000))) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func hmacRFC4231() {
        // Test case 2: key "Jefe".
        #expect(SHA256.hex(SHA256.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        // Test case 6: a key longer than the block.
        #expect(SHA256.hex(SHA256.hmac(key: Array(repeating: 0xaa, count: 131), message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)))
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }
}

extension XAPIStatementBuilderTests {
    @Test func aCloseCallIsNeitherAGapNorAnAnswerYet() throws {
        let offered = try json(LearningRecord(id: UUID(), person: "@ann:x", activity: .asked(lesson: nil, choiceOffered: true), occurredAt: at))
        #expect(object(offered)["id"] as? String == "https://learning.example.org/flowlearn/close-call")
        #expect(offered["result"] == nil)
    }
}

extension XAPIStatementBuilderTests {
    func context(_ statement: [String: Any]) -> [String: Any] { statement["context"] as? [String: Any] ?? [:] }
    func parent(_ statement: [String: Any]) -> [String: Any]? {
        ((context(statement)["contextActivities"] as? [String: Any])?["parent"] as? [[String: Any]])?.first
    }

    @Test(arguments: [(FollowUpAnswer.Kind.used, true as Bool?), (.notYet, nil), (.didNotHelp, false)])
    func aFollowUpIsAnsweredWithTheChoiceOnly(answer: FollowUpAnswer.Kind, success: Bool?) throws {
        let statement = try json(LearningRecord(id: UUID(), person: "@ann:x", activity: .answeredFollowUp(lesson: "give-feedback-en", answer: answer), occurredAt: at))
        #expect(verb(statement) == "http://adlnet.gov/expapi/verbs/answered")
        #expect(object(statement)["id"] as? String == "https://learning.example.org/flowlearn/follow-ups/give-feedback-en")
        let definition = try #require(object(statement)["definition"] as? [String: Any])
        #expect(definition["type"] as? String == "http://adlnet.gov/expapi/activities/cmi.interaction")
        #expect(definition["interactionType"] as? String == "choice")
        #expect((definition["choices"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["used", "not_yet", "did_not_help"])
        #expect((definition["name"] as? [String: String])?["en-US"] == "Did you use “Give feedback that lands” in practice?")
        let result = try #require(statement["result"] as? [String: Any])
        #expect(result["response"] as? String == answer.rawValue)
        #expect(result["success"] as? Bool == success)
        #expect(parent(statement)?["id"] as? String == "https://learning.example.org/flowlearn/lessons/give-feedback-en")
    }

    @Test func aPathStepIsCompletedOrSkippedAsAModuleOfItsPath() throws {
        let named = XAPIStatementBuilder(activityBase: "https://learning.example.org/flowlearn/", identity: .account(homePage: "https://m.example.org"),
                                         lesson: { _ in nil }, pathNames: { path, step in
            step == nil ? [.en: "Your first weeks", .nl: "Je eerste weken"] : [.en: "Walk along"]
        })
        let done = named.statement(for: LearningRecord(id: UUID(), person: "@ann:x", activity: .completedStep(path: "onboarding", step: "walk-along"), occurredAt: at))
        #expect(done.verb.id == "http://adlnet.gov/expapi/verbs/completed")
        guard case .activity(let step) = done.object else { Issue.record("not an activity"); return }
        #expect(step.id == "https://learning.example.org/flowlearn/paths/onboarding/steps/walk-along")
        #expect(step.definition == .init(name: ["en-US": "Walk along"], type: "http://adlnet.gov/expapi/activities/module"))
        #expect(done.context?.contextActivities?.parent == [XAPIStatement.Activity(
            id: "https://learning.example.org/flowlearn/paths/onboarding",
            definition: .init(name: ["en-US": "Your first weeks", "nl-NL": "Je eerste weken"], type: "http://adlnet.gov/expapi/activities/course"))])
        #expect(done.result == nil)

        let skipped = try json(LearningRecord(id: UUID(), person: "@ann:x", activity: .skippedStep(path: "onboarding", step: "3"), occurredAt: at))
        #expect(verb(skipped) == "http://id.tincanapi.com/verb/skipped")
        #expect(object(skipped)["id"] as? String == "https://learning.example.org/flowlearn/paths/onboarding/steps/3")
        #expect(object(skipped)["definition"] == nil, "a path the library does not know has no name")
        #expect(parent(skipped)?["id"] as? String == "https://learning.example.org/flowlearn/paths/onboarding")
    }
}
