import Foundation
import Testing
@testable import FlowlearnCore

@Suite struct ConfigParserTests {
    @Test func readsEverySection() throws {
        let text = """
            # comment
            [flowlearn]
            platform = matrix
            language = nl
            timezone = Europe/Amsterdam
            content = content
            state = /var/lib/flowlearn
            retention_days = 90

            [matrix]
            homeserver = https://matrix.example.org/
            user = @flowlearn:example.org
            token_file = token
            answer_in_rooms = questions
            allowed_inviters = @*:example.org, @admin:other.org
            pickle_key_file = pickle-key
            direct_chat_encryption = always

            [reflection]
            day = vrijdag            # Dutch names work too
            time = 15:30
            reminder_after = 4h
            skip_weeks = 2026-W52, 2027-W01

            [summary]
            day = monday
            time = 08:30
            share = counts

            [team Klantenservice]
            manager = @anna:example.org
            members = @bob:example.org, @carla:example.org
            timezone = America/New_York
            """
        let (config, problems) = ConfigParser().parse(text, path: "/etc/flowlearn/flowlearn.conf", baseDirectory: "/etc/flowlearn")
        #expect(problems.isEmpty, "\(problems)")
        #expect(config.platform == .matrix)
        #expect(config.language == .nl)
        #expect(config.content == "/etc/flowlearn/content")
        #expect(config.state == "/var/lib/flowlearn")
        #expect(config.matrix.pickleKeyFile == "/etc/flowlearn/pickle-key" && config.matrix.directChatEncryption == .always)
        #expect(config.cryptoStorePath == "/var/lib/flowlearn/matrix-crypto.sqlite")
        #expect(config.retentionDays == 90)
        #expect(config.matrix.homeserver == "https://matrix.example.org")
        #expect(config.matrix.tokenFile == "/etc/flowlearn/token")
        #expect(config.matrix.answerInRooms == .questions)
        #expect(config.matrix.allowedInviters == ["@*:example.org", "@admin:other.org"])
        #expect(config.reflection.day == .friday)
        #expect(config.reflection.time == TimeOfDay(hour: 15, minute: 30))
        #expect(config.reflection.reminderAfter == 4 * 3600)
        #expect(config.reflection.skipWeeks == [ISOWeek(year: 2026, week: 52), ISOWeek(year: 2027, week: 1)])
        #expect(config.summary.share == .counts)
        #expect(config.teams == [.init(name: "Klantenservice", manager: "@anna:example.org",
                                       members: ["@bob:example.org", "@carla:example.org"],
                                       timezone: TimeZone(identifier: "America/New_York"), line: 30)])
        #expect(config.team(of: "@carla:example.org")?.name == "Klantenservice")
    }

    @Test func everyProblemNamesItsLine() {
        let text = """
            platform = shell
            [flowlearn]
            platform = telegram
            timezone = Mars/Olympus
            retention_days = -3
            colour = blue
            [reflection]
            day = someday
            time = 25:00
            reminder_after = soon
            skip_weeks = 2026-W54
            [matrix]
            homeserver = matrix.example.org
            [team]
            manager = @a:x
            [team Support]
            members = @b:x
            [nonsense]
            """
        let (_, problems) = ConfigParser().parse(text, path: "flowlearn.conf")
        #expect(problems.map(\.description) == [
            "flowlearn.conf:1: `platform` must be inside a section such as [flowlearn]",
            "flowlearn.conf:3: platform must be one of shell | matrix, not `telegram`",
            "flowlearn.conf:4: unknown timezone `Mars/Olympus`; use an IANA name such as Europe/Amsterdam",
            "flowlearn.conf:5: retention_days must be a whole number of days, at least 1",
            "flowlearn.conf:6: warning: unknown key `colour` in [flowlearn] is ignored",
            "flowlearn.conf:8: day must be a weekday such as friday, not `someday`",
            "flowlearn.conf:9: time must be HH:MM (24-hour), not `25:00`",
            "flowlearn.conf:10: reminder_after must be a duration such as 4h, 90m or 0 (no reminder), not `soon`",
            "flowlearn.conf:11: `2026-W54` is not an ISO week like 2026-W52",
            "flowlearn.conf:13: homeserver must be a URL starting with https:// (or http:// for a local test server)",
            "flowlearn.conf:14: a team section needs a name: [team Klantenservice]",
            "flowlearn.conf:16: [team Support] needs `manager = <chat id>`",
            "flowlearn.conf:18: warning: unknown section [nonsense] is ignored",
        ])
    }

    @Test func matrixNeedsItsKeysAndAPersonIsInOneTeam() {
        let text = "[flowlearn]\nplatform = matrix\n[team A]\nmanager = @m:x\nmembers = @p:x\n[team B]\nmanager = @n:x\nmembers = @p:x\n"
        let (_, problems) = ConfigParser().parse(text, path: "f.conf")
        let messages = problems.map(\.message)
        #expect(messages.contains("platform = matrix needs `homeserver` in [matrix]"))
        #expect(messages.contains("@p:x is in both [team A] and [team B]; a person belongs to one team"))
    }

    @Test func theShippedExampleConfigIsClean() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("config/flowlearn.conf").path
        let (config, problems) = ConfigParser().load(path: path)
        #expect(problems.isEmpty, "\(problems)")
        #expect(config?.teams.count == 1)
    }

    @Test(arguments: [("4h", 14400.0), ("90m", 5400.0), ("30s", 30.0), ("1d", 86400.0), ("0", 0.0), ("1.5h", 5400.0)])
    func durations(text: String, seconds: Double) {
        #expect(ConfigParser.parseDuration(text) == seconds)
    }

    @Test func badDurations() {
        for text in ["", "h", "-1h", "4 hours", "soon"] { #expect(ConfigParser.parseDuration(text) == nil, "\(text)") }
    }
}

@Suite struct LearningConfigTests {
    @Test func theLearningSectionAndItsErrors() {
        let (config, problems) = ConfigParser().parse("""
            [learning]
            time = 10:15
            working_days = ma, di, wo, do
            follow_up_after = 0
            [reflection]
            learned_from_every = 2
            """, path: "flowlearn.conf")
        #expect(problems.isEmpty, "\(problems)")
        #expect(config.learning.time == TimeOfDay(hour: 10, minute: 15))
        #expect(config.learning.workingDays == [.monday, .tuesday, .wednesday, .thursday])
        #expect(config.learning.followUpAfter == 0 && config.reflection.learnedFromEvery == 2)
        #expect(FlowlearnConfig().learning.followUpAfter == 3 && FlowlearnConfig().reflection.learnedFromEvery == 4)

        let (_, bad) = ConfigParser().parse("""
            [learning]
            time = 9.30
            working_days = monday, funday
            follow_up_after = soon
            colour = blue
            [reflection]
            learned_from_every = -1
            """, path: "flowlearn.conf")
        let text = bad.map(\.description)
        #expect(text.contains("flowlearn.conf:2: time must be HH:MM (24-hour), not `9.30`"), "\(text)")
        #expect(text.contains("flowlearn.conf:3: `funday` is not a weekday such as monday"))
        #expect(text.contains { $0.hasPrefix("flowlearn.conf:4: follow_up_after must be a number of working days") })
        #expect(text.contains("flowlearn.conf:5: warning: unknown key `colour` in [learning] is ignored"))
        #expect(text.contains { $0.hasPrefix("flowlearn.conf:7: learned_from_every must be a whole number of weeks") })
    }
}
