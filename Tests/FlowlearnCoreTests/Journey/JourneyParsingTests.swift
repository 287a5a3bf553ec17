import Testing
@testable import FlowlearnCore

@Suite struct JourneyParsingTests {
    @Test func goalCommands() {
        #expect(GoalCommand("My goal: learn SQL") == .set("learn SQL", isPrivate: false))
        #expect(GoalCommand("Mijn leerdoel: privé: beter nee zeggen") == .set("beter nee zeggen", isPrivate: true))
        #expect(GoalCommand("goals") == .list)
        #expect(GoalCommand("mijn leerdoelen") == .list)
        #expect(GoalCommand("goal done 3") == .done(3))
        #expect(GoalCommand("goal 3 done") == .done(3))
        #expect(GoalCommand("leerdoel 2 behaald") == .done(2))
        #expect(GoalCommand("my goal is to learn SQL") == nil)
        #expect(GoalCommand("what is a good goal: any tips?") == nil)
        #expect(GoalCommand("goal done 1 2") == nil)
    }

    @Test func pathStepWords() {
        #expect(PathStepReply("Done!") == .done)
        #expect(PathStepReply("klaar") == .done)
        #expect(PathStepReply("later") == .later)
        #expect(PathStepReply("sla over") == .skip)
        #expect(PathStepReply("done with the first part, what next?") == nil)
    }

    @Test func followUpAnswers() {
        #expect(FollowUpAnswer("Yes") == FollowUpAnswer(kind: .used))
        #expect(FollowUpAnswer("ja, in mijn bila") == FollowUpAnswer(kind: .used, note: "in mijn bila"))
        #expect(FollowUpAnswer("not yet - no review this month") == FollowUpAnswer(kind: .notYet, note: "no review this month"))
        #expect(FollowUpAnswer("It didn’t help.")?.kind == .didNotHelp)
        #expect(FollowUpAnswer("how do I give feedback?") == nil)
    }

    @Test func pathStartRequests() {
        let full = PathStartRequest("Start onboarding for @ayla:example.org with buddy @sam:example.org on 2026-12-14")
        #expect(full == PathStartRequest(path: "onboarding", person: "@ayla:example.org", buddy: "@sam:example.org", start: LocalDate("2026-12-14")))
        let dutch = PathStartRequest("start onboarding voor Ayla met buddy Sam", mentions: ["@ayla:x", "@sam:x"])
        #expect(dutch?.person == "@ayla:x" && dutch?.buddy == "@sam:x")
        #expect(PathStartRequest("start the path onboarding for @a:x")?.path == "onboarding")
        #expect(PathStartRequest("how do I start onboarding for a new hire?") == nil)
        #expect(PathStartRequest("start onboarding for", mentions: [])?.person == nil)
    }

    @Test func mentionsInText() {
        #expect(MentionScanner.people(in: "Learned from @ayla:example.org, and (@sam:shell). Thanks @ayla:example.org!") == ["@ayla:example.org", "@sam:shell"])
        #expect(MentionScanner.people(in: "mail me at a@b.c or @nobody", linked: ["@x:y"], except: ["@x:y"]).isEmpty)
        #expect(MentionScanner.people(in: "@ayla:shell's tip") == ["@ayla:shell"])
    }
}

extension PathStartRequest {
    init(path: String, person: String?, buddy: String?, start: LocalDate?) {
        self.init("start \(path) for x")!
        self.person = person
        self.buddy = buddy
        self.start = start
    }
}
