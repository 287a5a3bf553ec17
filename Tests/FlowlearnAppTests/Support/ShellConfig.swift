/// A config for the shell platform in a test's temporary folder: the `[flowlearn]` section every
/// shell test shares (English, the shipped content unless given, state in `var/`), then `sections`.
enum ShellConfig {
    /// Writes `flowlearn.conf` into `dir` and returns its path.
    static func write(in dir: TemporaryDirectory, content: String = FlowlearnBinary.shippedContent, _ sections: String) throws -> String {
        try dir.write("flowlearn.conf", """
            [flowlearn]
            platform = shell
            language = en
            content = \(content)
            state = var
            \(sections)
            """)
        return dir.path + "/flowlearn.conf"
    }
}
