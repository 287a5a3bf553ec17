/// Runs services side by side; when one ends (finished, failed, or cancelled), the others are
/// cancelled and awaited, and the first error (if any) is rethrown.
public struct ServiceGroup: Sendable {
    public var services: [any Service]

    public init(_ services: [any Service]) { self.services = services }

    /// Runs every service. `onFirstExit` is told which service ended first and how.
    public func run(onFirstExit: @Sendable (String, (any Error)?) -> Void = { _, _ in }) async throws {
        try await withThrowingTaskGroup(of: (String, (any Error)?).self) { group in
            for service in services {
                group.addTask {
                    do {
                        try await service.run()
                        return (service.name, nil)
                    } catch {
                        return (service.name, error)
                    }
                }
            }
            var firstError: (any Error)?
            if let (name, error) = try await group.next() {
                onFirstExit(name, error)
                if let error, !(error is CancellationError) { firstError = error }
            }
            group.cancelAll()
            while let (_, error) = try await group.next() {
                if firstError == nil, let error, !(error is CancellationError) { firstError = error }
            }
            if let firstError { throw firstError }
        }
    }
}
