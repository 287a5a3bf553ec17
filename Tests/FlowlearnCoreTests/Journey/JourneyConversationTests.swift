import Foundation
import Testing
@testable import FlowlearnCore

/// The learning journey in the conversation: goals, a manager starting a path, answers to path
/// steps and follow-ups, and colleagues named in reflections.
@Suite struct JourneyConversationTests {
    static let path = LearningPath(id: "onboarding", title: "Your first weeks", language: .en, steps: [
        PathStep(id: "first", timing: .day(1), lesson: "give-feedback-en"),
        PathStep(id: "walk", timing: .day(2), title: "Walk along", task: "Walk along with your buddy."),
        PathStep(id: "goal", timing: .afterPrevious, task: "Tell me your goal."),
    ])
    let engine: ConversationEngine
    let now = ISO8601DateFormatter().date(from: "2026-12-15T11:00:00+01:00")!
    let week = ISOWeek(year: 2026, week: 51)

    init() {
        var settings = ConversationEngine.Settings()
        settings.journey.teams = [FlowlearnConfig.Team(name: "Support", manager: "@anna:x", members: ["@bob:x", "@carla:x"])]
        engine = ConversationEngine(matcher: LessonMatcher(library: ContentLibrary(lessons: SampleLibrary.lessons, paths: [Self.path]), language: .test),
                                    settings: settings)
    }

    func dm(_ text: String, from sender: String = "@bob:x", id: String = "$m1", repliesTo: String? = nil, mentions: [String] = []) -> ChatEvent {
        .message(IncomingMessage(id: id, room: "!dm", sender: sender, text: text, isDirect: true, receivedAt: now, repliesTo: repliesTo,
                                 mentions: mentions))
    }

    func context(_ journey: JourneyContext = JourneyContext(), language: Language = .en, reflection: Bool = false) -> ConversationContext {
        var c = ConversationContext(person: PersonRecord(id: "@bob:x", language: language, timezone: "Europe/Amsterdam"))
        if reflection { c.openReflection = OpenReflection(week: week, closesAt: now.addingTimeInterval(86400)) }
        c.journey = journey
        return c
    }

    func onPath(_ steps: [String: PathStepState]) -> JourneyContext {
        JourneyContext(enrolments: [PathEnrolment(person: "@bob:x", path: "onboarding", start: LocalDate("2026-12-14")!, startedAt: now,
                                                  steps: steps)])
    }

    func sent(_ minutesAgo: Double, done: Bool = false) -> PathStepState {
        let at = now.addingTimeInterval(-minutesAgo * 60)
        return PathStepState(sentAt: at, lastSentOn: LocalDate(at, in: TimeZone(identifier: "Europe/Amsterdam")!), doneAt: done ? at : nil)
    }

    func journeyWrites(_ turn: Turn) -> [JourneyWrite] {
        turn.writes.compactMap { if case .journey(let w) = $0 { return w } else { return nil } }
    }

    // MARK: Goals

    @Test func goalsAreSetListedAndClosedInBothLanguages() throws {
        let set = engine.handle(dm("my goal: give clearer feedback in code reviews"), context: context(), now: now)
        let goal = LearningGoal(number: 1, text: "give clearer feedback in code reviews", setAt: now)
        #expect(journeyWrites(set) == [.goalSet(person: "@bob:x", goal: goal, messageID: "$m1")])
        #expect(set.outgoing[0].text.hasPrefix("🎯 Goal 1 noted: “give clearer feedback in code reviews”"))
        #expect(set.outgoing[0].text.contains("only as themes at least 3 people share, without names"))

        let existing = JourneyContext(goals: [goal])
        let nl = engine.handle(dm("mijn leerdoel: privé: beter leren presenteren"), context: context(existing, language: .nl), now: now)
        #expect(journeyWrites(nl) == [.goalSet(person: "@bob:x", goal: LearningGoal(number: 2, text: "beter leren presenteren", isPrivate: true, setAt: now),
                                               messageID: "$m1")])
        #expect(nl.outgoing[0].text.contains("Leerdoel 2 genoteerd") && nl.outgoing[0].text.contains("je leidinggevende ziet het nooit"))

        let list = engine.handle(dm("goals"), context: context(existing), now: now)
        #expect(list.outgoing[0].text.contains("1. give clearer feedback in code reviews"))
        let done = engine.handle(dm("goal done 1"), context: context(existing), now: now)
        #expect(journeyWrites(done) == [.goalDone(person: "@bob:x", number: 1, at: now)])
        #expect(done.outgoing[0].text.contains("Goal 1 reached"))
        let dutchDone = engine.handle(dm("doel klaar"), context: context(existing, language: .nl), now: now)
        #expect(journeyWrites(dutchDone) == [.goalDone(person: "@bob:x", number: 1, at: now)], "the only open goal")
        let unknown = engine.handle(dm("goal done 7"), context: context(existing), now: now)
        #expect(journeyWrites(unknown).isEmpty && unknown.outgoing[0].text.contains("You have no open goal 7. Your open goals: 1."))
    }

    // MARK: A manager starting a path

    @Test func aManagerStartsAPathForAMemberOfTheirTeam() throws {
        let turn = engine.handle(dm("start onboarding for @bob:x with buddy @carla:x on 2026-12-21", from: "@anna:x"), context: ConversationContext(), now: now)
        let enrolment = PathEnrolment(person: "@bob:x", path: "onboarding", start: LocalDate("2026-12-21")!, buddy: "@carla:x",
                                      startedBy: "@anna:x", startedAt: now)
        #expect(journeyWrites(turn) == [.pathStarted(enrolment)])
        #expect(turn.outgoing.count == 2)
        #expect(turn.outgoing[0].destination == .person("@anna:x") && turn.outgoing[0].inReplyTo == "$m1")
        #expect(turn.outgoing[0].text.contains("Started **Your first weeks** (`onboarding`) for @bob:x from Monday 21 December: 3 steps, the first on Monday 21 December at 09:30"))
        #expect(turn.outgoing[1].destination == .person("@carla:x") && turn.outgoing[1].text.contains("You are @bob:x's buddy"))
    }

    @Test func theDutchRequestAndAMentionPillWorkToo() {
        let turn = engine.handle(dm("start onboarding voor Bob", from: "@anna:x", mentions: ["@bob:x"]), context: ConversationContext(), now: now)
        #expect(journeyWrites(turn).count == 1)
        #expect(turn.outgoing[0].text.contains("is gestart voor @bob:x vanaf dinsdag 15 december"), "\(turn.outgoing[0].text)")
    }

    @Test func onlyForMembersOfATeamTheyManageAndOnce() {
        let notManager = engine.handle(dm("start onboarding for @carla:x", from: "@bob:x"), context: ConversationContext(), now: now)
        #expect(journeyWrites(notManager).isEmpty)
        #expect(notManager.outgoing[0].text.contains("I can only start a path for someone in a team you manage"))
        let outsider = engine.handle(dm("start onboarding for @zed:x", from: "@anna:x"), context: ConversationContext(), now: now)
        #expect(journeyWrites(outsider).isEmpty)
        let unknown = engine.handle(dm("start sailing for @bob:x", from: "@anna:x"), context: ConversationContext(), now: now)
        #expect(unknown.outgoing[0].text == "There is no path `sailing`. Paths: `onboarding`.")
        var already = ConversationContext()
        already.journey.targetEnrolments = [PathEnrolment(person: "@bob:x", path: "onboarding", start: LocalDate("2026-12-01")!, startedAt: now)]
        let again = engine.handle(dm("start onboarding for @bob:x", from: "@anna:x"), context: already, now: now)
        #expect(journeyWrites(again).isEmpty && again.outgoing[0].text.contains("already on **Your first weeks**"))
        let badDate = engine.handle(dm("start onboarding for @bob:x on monday", from: "@anna:x"), context: ConversationContext(), now: now)
        #expect(badDate.outgoing[0].text.contains("`monday` is not a date"))
    }

    // MARK: Path steps

    @Test func doneMarksTheLatestOpenStepAndSaysWhatComesNext() {
        let turn = engine.handle(dm("done"), context: context(onPath(["first": sent(90, done: true), "walk": sent(60)])), now: now)
        #expect(journeyWrites(turn) == [.pathStepDone(person: "@bob:x", path: "onboarding", step: "walk", at: now)])
        #expect(turn.outgoing[0].text.hasPrefix("✅ Done: **Walk along**. 2 of 3 steps done."))
        #expect(turn.outgoing[0].text.contains("The next step comes on Wednesday 16 December at 09:30."), "\(turn.outgoing[0].text)")
        let dutch = engine.handle(dm("klaar"), context: context(onPath(["first": sent(60)]), language: .nl), now: now)
        #expect(journeyWrites(dutch) == [.pathStepDone(person: "@bob:x", path: "onboarding", step: "first", at: now)])
    }

    @Test func laterAndSkip() {
        let later = engine.handle(dm("later"), context: context(onPath(["first": sent(60)])), now: now)
        #expect(journeyWrites(later) == [.pathStepPostponed(person: "@bob:x", path: "onboarding", step: "first", to: LocalDate("2026-12-16")!)])
        #expect(later.outgoing[0].text.contains("again on Wednesday 16 December at 09:30"))
        let skip = engine.handle(dm("overslaan"), context: context(onPath(["first": sent(60)]), language: .nl), now: now)
        #expect(journeyWrites(skip) == [.pathStepSkipped(person: "@bob:x", path: "onboarding", step: "first", at: now)])
    }

    @Test func aReplyToAStepMessageAnswersThatStep() {
        var journey = onPath(["first": sent(90), "walk": sent(60)])
        journey.repliesTo = .pathStep(path: "onboarding", step: "first")
        let turn = engine.handle(dm("done", repliesTo: "$step1"), context: context(journey), now: now)
        #expect(journeyWrites(turn) == [.pathStepDone(person: "@bob:x", path: "onboarding", step: "first", at: now)])
        #expect(turn.outgoing[0].text.contains("Still open: **Walk along**."))
    }

    @Test func doneOrYesWithNothingOpenIsNotSwallowed() {
        let done = engine.handle(dm("done"), context: context(onPath(["first": sent(60, done: true)])), now: now)
        #expect(journeyWrites(done).isEmpty)
        #expect(done.outgoing.map(\.text) == ["No step of your path is waiting for you right now; I'll send the next one on a working day."])
        let offPath = engine.handle(dm("done"), context: context(), now: now)
        #expect(journeyWrites(offPath).isEmpty && !offPath.outgoing.isEmpty, "not on a path: an answer as to any message")
        let yes = engine.handle(dm("yes"), context: context(), now: now)
        #expect(journeyWrites(yes).isEmpty)
    }

    @Test func skipAfterTheReflectionPromptSkipsTheReflection() {
        var journey = onPath(["first": sent(120)])
        journey.promptedAt = now.addingTimeInterval(-60)
        let turn = engine.handle(dm("skip"), context: context(journey, reflection: true), now: now)
        #expect(turn.writes.contains(.reflectionSkipped(person: "@bob:x", week: week)))
        #expect(journeyWrites(turn).isEmpty)
        journey.promptedAt = now.addingTimeInterval(-600 * 60)
        let step = engine.handle(dm("skip"), context: context(journey, reflection: true), now: now)
        #expect(journeyWrites(step) == [.pathStepSkipped(person: "@bob:x", path: "onboarding", step: "first", at: now)])
    }

    // MARK: Follow-ups

    func openFollowUp() -> JourneyContext {
        JourneyContext(openFollowUp: FollowUpRecord(person: "@bob:x", lesson: "give-feedback-en", topic: "feedback-geven-nl",
                                                    deliveredAt: now.addingTimeInterval(-4 * 86400), askedAt: now.addingTimeInterval(-3600)))
    }

    @Test func followUpAnswersWithRoomForASentence() {
        let yes = engine.handle(dm("yes, I used the checklist in my 1:1 on Monday"), context: context(openFollowUp()), now: now)
        #expect(journeyWrites(yes) == [.followUpAnswered(person: "@bob:x", topic: "feedback-geven-nl",
                                                          answer: FollowUpAnswer(kind: .used, note: "I used the checklist in my 1:1 on Monday"), at: now)])
        #expect(yes.outgoing[0].text.contains("Great to hear") && yes.outgoing[0].text.contains("I noted what you wrote"))
        let notYet = engine.handle(dm("nog niet"), context: context(openFollowUp(), language: .nl), now: now)
        #expect(journeyWrites(notYet) == [.followUpAnswered(person: "@bob:x", topic: "feedback-geven-nl", answer: FollowUpAnswer(kind: .notYet), at: now)])
        let didNot = engine.handle(dm("Het hielp niet: te algemeen voor ons team"), context: context(openFollowUp(), language: .nl), now: now)
        #expect(journeyWrites(didNot) == [.followUpAnswered(person: "@bob:x", topic: "feedback-geven-nl",
                                                             answer: FollowUpAnswer(kind: .didNotHelp, note: "te algemeen voor ons team"), at: now)])
        #expect(didNot.outgoing[0].text.contains("het contentteam ziet dat deze les niet hielp"))
        #expect(FollowUpAnswer("no, it didn't help at all")?.kind == .didNotHelp)
    }

    @Test func aReplyToSomethingElseIsNotAFollowUpAnswer() {
        var journey = openFollowUp()
        journey.repliesTo = .other
        var replyingToPrompt = context(journey, reflection: true)
        replyingToPrompt.repliesToPrompt = true
        let turn = engine.handle(dm("yes, it was a good week", repliesTo: "$prompt"), context: replyingToPrompt, now: now)
        #expect(journeyWrites(turn).isEmpty)
        #expect(turn.writes.contains { if case .reflectionReply = $0 { return true } else { return false } })
    }

    // MARK: Who people learn from

    @Test func colleaguesNamedInAReflectionAreRecordedWithTheTopicsAround() {
        var journey = JourneyContext()
        journey.recentLessons = ["receive-feedback"]
        let turn = engine.handle(dm("This week @carla:x showed me how to give feedback to a colleague, and @dan:y helped too.",
                                    mentions: ["@erik:x"]), context: context(journey, reflection: true), now: now)
        let mentions = journeyWrites(turn).compactMap { if case .learnedFrom(let m, _) = $0 { return m } else { return nil } }
        #expect(mentions.map(\.named) == ["@carla:x", "@dan:y", "@erik:x"])
        #expect(mentions.allSatisfy { $0.week == week && $0.person == "@bob:x" })
        #expect(mentions[0].topics == ["give-feedback-en", "receive-feedback"], "\(mentions[0].topics)")
        let privately = engine.handle(dm("private: I learned a lot from @carla:x"), context: context(journey, reflection: true), now: now)
        #expect(journeyWrites(privately).isEmpty, "a private reply is never counted")
        let myself = engine.handle(dm("This week I taught myself, @bob:x, a lot."), context: context(journey, reflection: true), now: now)
        #expect(journeyWrites(myself).isEmpty)
    }

    @Test func helpAndStoredDataMentionTheJourney() {
        let help = engine.handle(dm("help"), context: context(), now: now)
        #expect(help.outgoing[0].text.contains("_my goal: …_"))
        var journey = JourneyContext()
        journey.stored = JourneyStoredData(goals: 2, paths: 1, followUps: 3, namedPeople: 4)
        let stored = engine.handle(dm("what do you store about me?"), context: context(journey), now: now)
        #expect(stored.outgoing[0].text.contains("Also: 2 learning goals, 1 learning paths with your progress, 3 answers"))
    }
}
