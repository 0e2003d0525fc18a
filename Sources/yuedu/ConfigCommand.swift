import ArgumentParser
import Foundation
import YueduApp
import YueduConfig
import YueduCore

/// `yuedu config`: the commented default file, or where the file is and
/// whether it reads cleanly.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the default configuration file, or check yours.",
        discussion: """
            The reader reads $XDG_CONFIG_HOME/yuedu/config.toml (else ~/.config/yuedu/config.toml). \
            Start one with: yuedu config --print-default > ~/.config/yuedu/config.toml
            """)

    @Flag(help: "Write the default configuration, commented, to standard output.") var printDefault = false
    @Option(help: ArgumentHelp("The file to check (default: the one the reader reads).", valueName: "path"))
    var config: String?

    func run() throws {
        if printDefault {
            Output.out(DefaultConfigText.make())
            return
        }
        let path = ConfigLoader.path(explicit: config)
        if config == nil, !FileManager.default.fileExists(atPath: path) {
            Output.out("\(path): no file; the reader uses the defaults\n")
            return
        }
        let loaded = ConfigLoader.load(explicit: config)
        for problem in loaded.problems { Output.err(problem.description + "\n") }
        guard loaded.problems.isEmpty else { throw ExitCode(1) }
        Output.out("\(path): ok\n")
    }
}
