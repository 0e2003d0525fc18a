import ArgumentParser
import Foundation
import YueduApp
import YueduImport

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import page files, HTML pages and JSON Lines files (directories recursively, - for standard input).")

    @OptionGroup var options: LibraryOptions
    @Option(help: "Force an encoding: utf-8, gb18030, gbk, gb2312 or big5 (default: detected).") var encoding: String?
    @Flag(help: "Afterwards, say on standard error where the time went: articles, search index, commit, and reading.")
    var timings = false
    @Option(help: ArgumentHelp("Where a saved HTML page came from (one HTML file): its key unless it names a canonical URL.",
                               valueName: "url"))
    var url: String?
    @Argument(help: "Files, directories or - for standard input.") var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or directory to import") }
        if let encoding, !Importer.isKnownEncoding(encoding) {
            throw ValidationError("unknown encoding \"\(encoding)\": use utf-8, gb18030, gbk, gb2312 or big5")
        }
        if url != nil, paths.count != 1 { throw ValidationError("--url names where one saved page came from: give exactly one HTML file") }
        if let url, URL(string: url)?.host == nil { throw ValidationError("--url \(Output.plain(url)): not an absolute URL") }
    }

    func run() throws {
        let store = try options.openStore()
        let progress = Output.isTerminal.err ? ImportProgress(expected: ImportProgress.estimate(paths)) : nil
        let tally = try ArticleImport.run(
            paths: paths, encoding: encoding, pageURL: url.flatMap(URL.init(string:)), into: store,
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
