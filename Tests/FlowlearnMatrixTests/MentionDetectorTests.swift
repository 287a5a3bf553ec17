import Testing
@testable import FlowlearnMatrix

@Suite struct MentionDetectorTests {
    let detector = MentionDetector(userID: "@flowlearn:example.org", displayName: "Flowlearn")

    @Test func intentionalMentionsCount() {
        let result = detector.inspect(["body": "how do I give feedback?", "m.mentions": ["user_ids": ["@flowlearn:example.org"]]])
        #expect(result.mentionsBot)
        #expect(result.text == "how do I give feedback?")
        #expect(!detector.inspect(["body": "hi", "m.mentions": ["user_ids": ["@someone:example.org"]]]).mentionsBot)
    }

    @Test func displayNameAndUserIDInTheBodyCountAndAreStripped() {
        #expect(detector.inspect(["body": "Flowlearn: how do I give feedback?"]) == .init(mentionsBot: true, text: "how do I give feedback?"))
        #expect(detector.inspect(["body": "@flowlearn:example.org how do I onboard?"]) == .init(mentionsBot: true, text: "how do I onboard?"))
        #expect(detector.inspect(["body": "hey flowlearn, any tips?"]).mentionsBot)
        #expect(!detector.inspect(["body": "Flowlearners unite"]).mentionsBot)
        #expect(!detector.inspect(["body": "how do I give feedback?"]).mentionsBot)
    }

    @Test func theOtherPeopleAMessageMentionsAreTold() {
        let content: JSONValue = [
            "body": "This week Ayla and Sam helped me",
            "formatted_body": "This week <a href=\"https://matrix.to/#/%40ayla%3Aexample.org\">Ayla</a> and <a href='https://matrix.to/#/@sam:example.org'>Sam</a> helped me",
            "m.mentions": ["user_ids": ["@flowlearn:example.org", "@sam:example.org", "@zoe:example.org"]],
        ]
        #expect(detector.inspect(content).people == ["@ayla:example.org", "@sam:example.org", "@zoe:example.org"], "pills in order, then m.mentions; never the bot")
    }

    @Test func pillsCount() {
        let content: JSONValue = ["body": "Flow: help", "formatted_body": "<a href=\"https://matrix.to/#/%40flowlearn%3Aexample.org\">Flow</a>: help"]
        #expect(detector.inspect(content).mentionsBot)
    }

    @Test func replyFallbacksAreStripped() {
        let content: JSONValue = [
            "body": "> <@flowlearn:example.org> **Give feedback** ...\n> more\n\nand how do I receive it?",
            "m.relates_to": ["m.in_reply_to": ["event_id": "$q"]],
        ]
        #expect(detector.inspect(content).text == "and how do I receive it?")
    }
}
