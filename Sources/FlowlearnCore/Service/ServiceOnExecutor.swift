/// A service whose work runs on a given executor, such as the thread that moves a chat
/// platform's network traffic: what it reads there and sends back takes no thread hop.
public struct ServiceOnExecutor: Service {
    public let base: any Service
    /// `nil`: no preference, the default executors.
    public let executor: (any TaskExecutor)?

    public init(_ base: any Service, executor: (any TaskExecutor)?) {
        self.base = base
        self.executor = executor
    }

    public var name: String { base.name }

    public func run() async throws {
        try await withTaskExecutorPreference(executor) { try await base.run() }
    }
}
