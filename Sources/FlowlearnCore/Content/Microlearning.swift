/// One lesson of 5–10 minutes: what an employee gets when they ask about its topic.
public struct Microlearning: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var language: Language
    /// How long the lesson takes, in minutes (1–30), when the author said so.
    public var minutes: Int?
    public var tags: [String]
    /// How admins phrase the questions this lesson answers.
    public var questions: [String]
    /// Who the lesson is for (`managers`, `employees`, ...), when the author said so.
    public var audience: String?
    /// Ids of lessons worth reading next.
    public var related: [String]
    /// Chat ids of people who know the topic.
    public var experts: [String]
    /// Set when the topic needs formal training first (legal, safety, medical): text or a URL.
    public var formalTraining: String?
    /// After this date the lesson is due for review.
    public var reviewBy: LocalDate?
    /// The Markdown lesson after the front matter.
    public var body: String
    /// Where the lesson was read from.
    public var location: SourceLocation

    public init(
        id: String, title: String, language: Language, minutes: Int? = nil, tags: [String] = [],
        questions: [String], audience: String? = nil, related: [String] = [], experts: [String] = [],
        formalTraining: String? = nil, reviewBy: LocalDate? = nil, body: String,
        location: SourceLocation = SourceLocation(path: "<memory>", line: 1)
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.minutes = minutes
        self.tags = tags
        self.questions = questions
        self.audience = audience
        self.related = related
        self.experts = experts
        self.formalTraining = formalTraining
        self.reviewBy = reviewBy
        self.body = body
        self.location = location
    }
}
