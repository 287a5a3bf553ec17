/// Who people learn from (kennisdragers), from the colleagues they name in their reflections:
/// the people named most, by how many different colleagues and on which lesson topics, beside
/// the lessons' own `experts:`; and where the two disagree — a lesson whose listed experts nobody
/// names, a topic whose named people the lesson does not list. What `flowlearn experts` prints.
///
/// Privacy follows `[summary] share`: people are named only with `full`; under `themes` only
/// topics at least `min_people` colleagues named someone on appear, without names; under
/// `counts` only numbers. Who named whom is never shown.
public struct KnowledgeHolderReport: Sendable, Equatable, Codable {
    /// A person colleagues named (`full`).
    public struct Holder: Sendable, Equatable, Codable {
        public var person: String
        /// Different colleagues who named them.
        public var colleagues: Int
        public var mentions: Int
        public var topics: [Topic]
        /// Lessons that list them in `experts:`.
        public var listedIn: [String]
    }

    /// A lesson topic and how many different colleagues named someone on it.
    public struct Topic: Sendable, Equatable, Codable {
        public var lesson: String
        public var title: String
        public var colleagues: Int
    }

    /// A topic colleagues named people on (`themes`): how many colleagues, how many people named.
    public struct TopicHolders: Sendable, Equatable, Codable {
        public var lesson: String
        public var title: String
        public var colleagues: Int
        public var peopleNamed: Int
        /// Named people the lesson does not list as experts.
        public var notListed: Int
    }

    /// A lesson whose `experts:` nobody names, or whose named people it does not list.
    public struct Mismatch: Sendable, Equatable, Codable {
        public var lesson: String
        public var title: String
        /// The lesson's listed experts (`full`).
        public var listed: [String]?
        /// The people colleagues name on its topic that it does not list (`full`).
        public var namedNotListed: [String]?
        /// How many such people.
        public var count: Int
    }

    public var share: FlowlearnConfig.ShareMode
    public var minimumPeople: Int
    /// Mentions recorded, colleagues who named someone, people named.
    public var mentions: Int
    public var colleagues: Int
    public var peopleNamed: Int
    /// Only with `full`, most colleagues first.
    public var holders: [Holder]?
    /// Only with `themes`: topics at least `minimumPeople` colleagues named someone on.
    public var topics: [TopicHolders]?
    public var topicsNotShown: Int
    /// Lessons listing experts nobody ever named.
    public var listedNeverNamed: [Mismatch]
    /// Topics whose named people the lesson does not list (under `themes` only topics with enough colleagues).
    public var namedNotListed: [Mismatch]

    public init(mentions: [LearnedFromMention], library: ContentLibrary, share: FlowlearnConfig.ShareMode, minimumPeople: Int) {
        self.share = share
        self.minimumPeople = minimumPeople
        self.mentions = mentions.count
        colleagues = Set(mentions.map(\.person)).count
        peopleNamed = Set(mentions.map(\.named)).count
        /// A lesson and its twin are one topic, under the smaller id.
        func topic(_ id: String) -> String { library.twins.twin(of: id).map { min($0, id) } ?? id }
        func title(_ id: String) -> String { library[id]?.title ?? id }
        func experts(_ topic: String) -> Set<String> {
            Set((library[topic]?.experts ?? []) + (library.twins.twin(of: topic).flatMap { library[$0]?.experts } ?? []))
        }
        var byTopic: [String: [LearnedFromMention]] = [:]
        for mention in mentions {
            for t in Set(mention.topics.map(topic)) { byTopic[t, default: []].append(mention) }
        }

        if share == .full {
            holders = Dictionary(grouping: mentions, by: \.named).map { named, about in
                let topics = Dictionary(grouping: about.flatMap { m in Set(m.topics.map(topic)).map { ($0, m.person) } }, by: \.0)
                    .map { Topic(lesson: $0.key, title: title($0.key), colleagues: Set($0.value.map(\.1)).count) }
                    .sorted { ($0.colleagues, $1.lesson) > ($1.colleagues, $0.lesson) }
                return Holder(person: named, colleagues: Set(about.map(\.person)).count, mentions: about.count, topics: topics,
                              listedIn: library.lessons.filter { $0.experts.contains(named) }.map(\.id))
            }.sorted { ($0.colleagues, $0.mentions, $1.person) > ($1.colleagues, $1.mentions, $0.person) }
        }
        var shown: [TopicHolders] = []
        var notShown = 0
        var namedNotListed: [Mismatch] = []
        for (t, about) in byTopic.sorted(by: { $0.key < $1.key }) {
            let colleagues = Set(about.map(\.person)).count
            let named = Set(about.map(\.named))
            let unlisted = named.subtracting(experts(t)).sorted()
            let enough = share == .full || colleagues >= minimumPeople
            if share == .themes {
                if enough {
                    shown.append(TopicHolders(lesson: t, title: title(t), colleagues: colleagues, peopleNamed: named.count, notListed: unlisted.count))
                } else {
                    notShown += 1
                }
            }
            if !unlisted.isEmpty, enough {
                namedNotListed.append(Mismatch(lesson: t, title: title(t), listed: nil, namedNotListed: share == .full ? unlisted : nil,
                                               count: unlisted.count))
            }
        }
        if share == .themes { topics = shown.sorted { ($0.colleagues, $1.lesson) > ($1.colleagues, $0.lesson) } }
        topicsNotShown = notShown
        self.namedNotListed = namedNotListed
        let everNamed = Set(mentions.map(\.named))
        listedNeverNamed = library.lessons.filter { !$0.experts.isEmpty && everNamed.isDisjoint(with: $0.experts) }.map {
            Mismatch(lesson: $0.id, title: $0.title, listed: share == .full ? $0.experts : nil, namedNotListed: nil, count: $0.experts.count)
        }
    }

    /// The report as text for people, in English (an admin's command).
    public func rendered() -> String {
        var lines = ["\(mentions) mention\(mentions == 1 ? "" : "s") of \(peopleNamed) people by \(colleagues) colleague\(colleagues == 1 ? "" : "s") (share = \(share.rawValue))"]
        if mentions == 0 { lines.append("nobody has named anyone they learned from yet") }
        for h in holders ?? [] {
            let topics = h.topics.map { "\($0.title) (\($0.colleagues))" }.joined(separator: ", ")
            let listed = h.listedIn.isEmpty ? "not listed as an expert" : "listed in " + h.listedIn.joined(separator: ", ")
            lines.append("\(h.person): named by \(h.colleagues) colleague\(h.colleagues == 1 ? "" : "s") (\(h.mentions)×)"
                         + (topics.isEmpty ? "" : " on " + topics) + "; " + listed)
        }
        for t in topics ?? [] {
            lines.append("\(t.title): \(t.colleagues) colleagues named \(t.peopleNamed) people" + (t.notListed > 0 ? ", \(t.notListed) not listed as experts" : ""))
        }
        if topicsNotShown > 0 {
            lines.append("\(topicsNotShown) topic\(topicsNotShown == 1 ? "" : "s") fewer than \(minimumPeople) colleagues named someone on: not shown")
        }
        if mentions > 0 {
            for m in listedNeverNamed {
                lines.append("check: \(m.title) (\(m.lesson)) lists " + (m.listed?.joined(separator: ", ") ?? "\(m.count) expert\(m.count == 1 ? "" : "s")")
                             + ", never named by colleagues")
            }
        }
        for m in namedNotListed {
            lines.append("check: on \(m.title) (\(m.lesson)) colleagues name " + (m.namedNotListed?.joined(separator: ", ") ?? "\(m.count) people")
                         + ", not in its experts")
        }
        return lines.joined(separator: "\n")
    }
}
