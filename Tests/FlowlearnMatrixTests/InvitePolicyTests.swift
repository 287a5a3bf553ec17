import Testing
@testable import FlowlearnMatrix

@Suite struct InvitePolicyTests {
    @Test func globPatternsMatchWholeUserIDs() {
        let policy = InvitePolicy(patterns: ["@*:example.org", " @boss:other.org ", "@team-?:third.org"])
        #expect(policy.allows("@alice:example.org"))
        #expect(policy.allows("@Alice:Example.org"))
        #expect(!policy.allows("@alice:example.org.evil.com"))
        #expect(!policy.allows("@alice:evil.com"))
        #expect(policy.allows("@boss:other.org"))
        #expect(!policy.allows("@boss2:other.org"))
        #expect(policy.allows("@team-a:third.org"))
        #expect(!policy.allows("@team-ab:third.org"))
    }

    @Test func nobodyByDefaultAndStarForEveryone() {
        #expect(!InvitePolicy(patterns: []).allows("@alice:example.org"))
        #expect(!InvitePolicy(patterns: ["", "  "]).allows("@alice:example.org"))
        #expect(InvitePolicy(patterns: ["*"]).allows("@anyone:anywhere"))
        #expect(InvitePolicy(patterns: ["@a*b*c:x"]).allows("@aXXbYYc:x"))
        #expect(!InvitePolicy(patterns: ["@a*b*c:x"]).allows("@aXXbYY:x"))
    }
}
