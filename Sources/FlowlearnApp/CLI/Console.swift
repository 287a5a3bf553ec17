import Foundation

/// Where commands write: unbuffered stdout and stderr, so output piped to another program
/// arrives line by line, as a person in a terminal sees it.
struct Console: Sendable {
    func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
