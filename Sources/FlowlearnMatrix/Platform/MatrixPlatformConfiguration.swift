import FlowlearnCore

/// How ``MatrixPlatform`` behaves: who the bot is, where it answers, whose invites it accepts,
/// and its timing.
public struct MatrixPlatformConfiguration: Sendable {
    /// The bot's user id; the access token must belong to it.
    public var userID: String
    /// In group rooms: only when mentioned, also confident answers to plain questions, or never.
    /// Direct chats are always answered.
    public var answerInRooms: FlowlearnConfig.RoomAnswering
    /// `allowed_inviters`: who may invite the bot into rooms (``InvitePolicy``).
    public var allowedInviters: [String]
    /// How long one `/sync` waits for news on the server.
    public var syncTimeout: Duration = .seconds(30)
    /// Timeline events per room in one sync (a longer gap is fetched with `/messages`).
    public var timelineLimit: Int = 50
    /// The most events fetched to fill one room's gap after a long absence.
    public var maximumGapEvents: Int = 1000
    /// Retries of the sync loop and of the start-up calls.
    public var backoff = Backoff()
    /// Attempts a single `send` makes on 429 / 5xx / network errors before it leaves the retry to
    /// the outbox (which reuses the transaction id).
    public var sendAttempts: Int = 3
    /// The longest a `send` waits in itself for a 429's `retry_after_ms`.
    public var maximumSendWait: Duration = .seconds(20)

    public init(userID: String, answerInRooms: FlowlearnConfig.RoomAnswering = .mention, allowedInviters: [String] = []) {
        self.userID = userID
        self.answerInRooms = answerInRooms
        self.allowedInviters = allowedInviters
    }
}
