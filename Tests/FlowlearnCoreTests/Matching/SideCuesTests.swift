@testable import FlowlearnCore
import Testing

@Suite("SideCues")
struct SideCuesTests {
    let cues = SideCues()

    static func lesson(_ id: String, _ title: String, audience: String? = nil, questions: [String], body: String) -> Microlearning {
        Microlearning(id: id, title: title, language: .en, tags: ["review", "appraisal"], questions: questions,
                      audience: audience, body: body)
    }

    /// Two lessons on the two sides of a review; the manager's one mentions the question's words more.
    static let twins = [
        lesson("review-manager", "Prepare a performance review", audience: "managers",
               questions: ["How do I prepare a performance review?", "How do I prepare an appraisal meeting?"],
               body: "Prepare the appraisal: collect examples, prepare the review, plan the appraisal meeting."),
        lesson("review-own", "Prepare for a performance review", audience: "employees",
               questions: ["What do I bring to a performance review?"],
               body: "Collect your achievements and questions."),
        lesson("phishing-report", "Report a phishing e-mail",
               questions: ["How do I report a phishing e-mail?", "What do I do with a suspicious e-mail?"],
               body: "Forward the suspicious e-mail to the security desk."),
        lesson("phishing-recognise", "Recognise a phishing e-mail",
               questions: ["How do I recognise a phishing e-mail?"], body: "Look at the sender and the link."),
    ]

    func scores(_ question: String, factor: Float) -> [String: Double] {
        var parameters = RankingParameters.standard
        parameters.oppositeSideFactor = factor
        let index = LessonIndex(lessons: Self.twins, lexicon: ConceptLexicon(groups: [], stemmers: LanguageResources.test.stemmers), parameters: parameters)
        var result: [String: Double] = [:]
        for hit in index.search(question, language: .en, limit: 4) { result[index.lessons[hit.lessonIndex].id] = hit.score }
        return result
    }

    @Test func lessonsDeclareTheirSideByAudienceOrTitle() {
        let manager = cues.declared(by: Self.twins[0])
        let own = cues.declared(by: Self.twins[1])
        #expect(manager != 0 && own != 0 && manager != own)
        #expect(cues.declared(by: Self.twins[2]) != cues.declared(by: Self.twins[3]))
        #expect(cues.declared(by: Self.lesson("x", "Chair an effective meeting", questions: [], body: "")) == 0)
    }

    @Test func aQuestionsCueRanksTheOppositeTwinLowerAndNothingElse() {
        let factor = Double(RankingParameters.standard.oppositeSideFactor)
        #expect(factor < 1)
        let question = "my manager wants me to prepare the appraisal meeting for my performance review"
        let plain = scores(question, factor: 1), cued = scores(question, factor: Float(factor))
        #expect(abs((cued["review-manager"] ?? 0) - (plain["review-manager"] ?? 0) * factor) < 1e-4)
        #expect(cued["review-own"] == plain["review-own"])
        let check = "how can i check a suspicious e-mail before clicking"
        let plainCheck = scores(check, factor: 1), cuedCheck = scores(check, factor: Float(factor))
        #expect(abs((cuedCheck["phishing-report"] ?? 0) - (plainCheck["phishing-report"] ?? 0) * factor) < 1e-4)
        #expect(cuedCheck["phishing-recognise"] == plainCheck["phishing-recognise"])
        // Strong enough, the cue flips the twins.
        let flipped = scores(check, factor: 0.2)
        #expect((plainCheck["phishing-report"] ?? 0) > (plainCheck["phishing-recognise"] ?? 0))
        #expect((flipped["phishing-report"] ?? 0) < (flipped["phishing-recognise"] ?? 0))
    }

    @Test func bothSidesShownOrNoCueChangesNothing() {
        let both = cues.shown(in: "how do i review my team member when my manager wants it")
        #expect(SideCues.opposite(of: both) & 3 == 0)
        #expect(cues.shown(in: "how do i prepare a performance review") == 0)
        #expect(!SideCues.isOpposite(declared: 0, shown: cues.shown(in: "my manager")))
    }

    @Test func cuePatternsMatchPrefixesAndGaps() {
        #expect(SideCues.occurs(SideCues.tokens("ask ~ for ~ feedback"), in: SideCues.tokens("ask my colleagues for honest feedback")))
        #expect(SideCues.occurs(SideCues.tokens("recognis*"), in: SideCues.tokens("recognising fakes")))
        #expect(!SideCues.occurs(SideCues.tokens("my manager"), in: SideCues.tokens("as a manager")))
    }
}
