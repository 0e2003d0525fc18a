import ArgumentParser
import Foundation

/// `yuedu man`: writes yuedu(1). Hidden: it is how Documentation/yuedu.1
/// is made (`.build/debug/yuedu man > Documentation/yuedu.1`).
struct ManCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "man", abstract: "Write the yuedu(1) manual page in troff.", shouldDisplay: false)

    func run() throws {
        // The command definitions as the JSON that --experimental-dump-help
        // prints (ArgumentParser's public `_dumpHelp`, the same generator),
        // read in-process: one source for the page, and no child process.
        Output.out(try ManualPage.troff(dumpHelp: Data(Yuedu._dumpHelp().utf8), version: Yuedu.configuration.version))
    }
}
