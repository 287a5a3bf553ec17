import Foundation

/// Something a person wants to get better at (a leerdoel), set with `my goal: …`; numbered
/// per person in the order they set them, so `goal done 2` always means the same goal.
public struct LearningGoal: Sendable, Equatable, Codable {
    public var number: Int
    public var text: String
    /// Set with `private:` / `privé:`: never shown to a manager.
    public var isPrivate: Bool
    public var setAt: Date
    public var doneAt: Date?

    public init(number: Int, text: String, isPrivate: Bool = false, setAt: Date, doneAt: Date? = nil) {
        self.number = number
        self.text = text
        self.isPrivate = isPrivate
        self.setAt = setAt
        self.doneAt = doneAt
    }

    public var isOpen: Bool { doneAt == nil }
}
