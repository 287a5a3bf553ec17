/// The exit codes of every `flowlearn` command (documented in the README).
enum ExitCode {
    /// Success.
    static let success: Int32 = 0
    /// The command ran and found problems, or failed at run time (message on stderr).
    static let failure: Int32 = 1
    /// The command line was wrong (usage on stderr).
    static let usage: Int32 = 2
}
