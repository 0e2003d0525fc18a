import ArgumentParser
import Foundation
import YueduApp
import YueduImport

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import page files and JSON Lines files (directories recursively, - for standard input).")

    @OptionGroup var options: LibraryOptions
    @Option(help: "Force an encoding: utf-8, gb18030, gbk, gb2312 or big5 (default: detected).") var encoding: String?
    @Flag(help: "Afterwards, say on standard error where the time went: articles, search index, commit, and reading.")
    var timings = false
    @Argument(help: "Files, directories or - for standard input.") var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or directory to import") }
        if let encoding, !Importer.isKnownEncoding(encoding) {
            throw ValidationError("unknown encoding \"\(encoding)\": use utf-8, gb18030, gbk, gb2312 or big5")
        }
    }

    func run() throws {
        let store = try options.openStore()
        let progress = Output.isTerminal.err ? ImportProgress(expected: ImportProgress.estimate(paths)) : nil
        let tally = try ArticleImport.run(
            paths: paths, encoding: encoding, into: store,
            report: { message in
                progress?.clear()
                Output.err(message + "\n")
            },
            progress: { progress?.show(done: $0) })
        progress?.clear()
        Output.out(tally.summary + "\n")
        if timings { Output.err(tally.timings.summary + "\n") }
        if tally.failed > 0 { throw ExitCode(1) }
    }
}
