import ArgumentParser
import Foundation
import YueduApp
import YueduCore
import YueduStore
import YueduTerminal
import YueduUI

/// `yuedu` with no subcommand: the reader screen.
struct ReadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader screen (the default when no subcommand is given).")

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Draw without colours (also when NO_COLOR is set).") var noColor = false
    @Flag(help: "Draw borders with ASCII characters, for terminals without line drawing.") var asciiBorders = false
    @Option(help: ArgumentHelp(
        "The configuration file (default: $XDG_CONFIG_HOME/yuedu/config.toml, else ~/.config/yuedu/config.toml).",
        valueName: "path"))
    var config: String?

    func run() async throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw ValidationError("the reader needs a terminal; in scripts use `yuedu list`, `yuedu show KEY` or `yuedu search QUERY`")
        }
        let environment = ProcessInfo.processInfo.environment
        if let term = environment["TERM"], term == "dumb" || term.isEmpty {
            throw ValidationError("TERM=\(term) cannot show the reader screen; run it in a terminal such as xterm, tmux or screen")
        }
        // Open and fill the library before ncurses starts, so any error
        // prints plainly and the terminal is never left half set up. An
        // upgrade's progress is drawn on the terminal meanwhile (standard
        // output, which is one, when standard error is redirected).
        let store = try options.openStore(progressFD: isatty(STDERR_FILENO) == 1 ? STDERR_FILENO : STDOUT_FILENO)
        let message = try SampleLoader.loadIfEmpty(store)
        // A broken file never stops the reader: its problems go to the status line.
        let loaded = ConfigLoader.load(explicit: config, environment: environment)
        let preferences = loaded.preferences
        let monochrome = noColor || !(environment["NO_COLOR"] ?? "").isEmpty || preferences.theme == .monochrome
        let asciiBorders = asciiBorders
        try await MainActor.run {
            let terminal = try NcursesTerminal(colors: !monochrome, mouse: preferences.mouse)
            defer { terminal.shutdown() }
            let theme = Theme.resolve(preferences.theme, colors: terminal.hasColors,
                                      lineDrawing: terminal.canDrawLines && !asciiBorders,
                                      asciiPunctuation: preferences.asciiPunctuation)
            ReaderRuntime(store: store, terminal: terminal, theme: theme, preferences: preferences)
                .run(startupMessage: message, configProblems: loaded.problems)
        }
    }
}
