import ArgumentParser
import Foundation

/// `yuedu man`: writes yuedu(1). Hidden: it is how Documentation/yuedu.1
/// is made (`.build/debug/yuedu man > Documentation/yuedu.1`).
struct ManCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "man", abstract: "Write the yuedu(1) manual page in troff.", shouldDisplay: false)

    func run() throws {
        // ArgumentParser describes every command as JSON to whoever asks
        // with --experimental-dump-help; asking ourselves keeps one source.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["--experimental-dump-help"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("could not read the command definitions") }
        Output.out(try ManualPage.troff(dumpHelp: data, version: Yuedu.configuration.version))
    }
}
