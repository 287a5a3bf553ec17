/// Where commands write: unbuffered stdout and stderr, so output piped to another program
/// arrives line by line, as a person in a terminal sees it.
struct Console: Sendable {
    func out(_ text: String) {
        StandardStream.output.write(text + "\n")
    }

    func err(_ text: String) {
        StandardStream.error.write(text + "\n")
    }
}
