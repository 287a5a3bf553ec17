import Foundation
import FlowlearnCore

/// Finds the configuration a command runs with: the file named by `--config` (or
/// `$FLOWLEARN_CONFIG`), or the embedded default — the shell platform, the bundled content and
/// state in `./var` — when there is none.
enum ConfigResolver {
    /// The config and the problems found in it. Fails (returns `nil`) only when the file cannot
    /// be read; problems inside it are in the diagnostics.
    static func resolve(configPath: String?, contentOverride: String?,
                        environment: [String: String] = ProcessInfo.processInfo.environment) -> (FlowlearnConfig?, [Diagnostic]) {
        var config: FlowlearnConfig
        var diagnostics: [Diagnostic] = []
        if let path = configPath ?? environment["FLOWLEARN_CONFIG"] {
            let (loaded, problems) = ConfigParser().load(path: path)
            diagnostics = problems
            guard let loaded else { return (nil, diagnostics) }
            config = loaded
        } else {
            config = FlowlearnConfig()
            config.content = bundledContent()
            // Trying Flowlearn in the terminal: you are a team of one, and your own manager,
            // so the weekly prompt and the summary both reach the shell chat.
            let you = ShellPlatform.defaultPerson(environment: environment)
            config.teams = [FlowlearnConfig.Team(name: "shell", manager: you, members: [you], timezone: nil)]
        }
        if let contentOverride { config.content = contentOverride }
        return (config, diagnostics)
    }

    /// The content shipped with Flowlearn: `./content` in a source checkout, else
    /// `<prefix>/share/flowlearn/content` next to the installed binary.
    static func bundledContent() -> String {
        let fm = FileManager.default
        if fm.fileExists(atPath: "content") { return "content" }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "flowlearn").resolvingSymlinksInPath()
        let installed = executable.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/flowlearn/content").path
        if fm.fileExists(atPath: installed) { return installed }
        return "content"
    }
}
