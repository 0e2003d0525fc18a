import ArgumentParser
import Foundation
import YueduImport
import YueduModel
import YueduStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import page files and JSON Lines files (directories recursively, - for standard input).")

    @OptionGroup var options: LibraryOptions
    @Option(help: "Force an encoding: utf-8, gb18030, gbk, gb2312 or big5 (default: detected).") var encoding: String?
    @Argument(help: "Files, directories or - for standard input.") var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or directory to import") }
    }

    func run() throws {
        let store = try options.openStore()
        var tally = ImportTally()
        let progress = Output.isTerminal.err ? ImportProgress(expected: ImportProgress.estimate(paths)) : nil
        var batch: [Article] = []
        let importedAt = LibraryStore.now()

        func flush() throws {
            guard !batch.isEmpty else { return }
            for outcome in try store.upsert(batch, importedAt: importedAt) { tally.count(outcome) }
            batch.removeAll(keepingCapacity: true)
            progress?.show(done: tally.total)
        }

        try Importer(forcedEncoding: encoding).read(paths: paths) { item in
            switch item {
            case .article(let article, _):
                batch.append(article)
                // Big enough to amortize the transaction, small enough to show progress.
                if batch.count >= 2000 { try flush() }
            case .failure(let failure):
                progress?.clear()
                Output.err("\(failure.description)\n")
                tally.failed += 1
            }
        }
        try flush()
        progress?.clear()
        Output.out(tally.summary + "\n")
        if tally.failed > 0 { throw ExitCode(1) }
    }
}

/// The closing line of an import.
struct ImportTally {
    var new = 0, updated = 0, unchanged = 0, failed = 0
    var total: Int { new + updated + unchanged + failed }

    mutating func count(_ outcome: UpsertOutcome) {
        switch outcome {
        case .new: new += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        case .failed(let reason):
            failed += 1
            Output.err("an article could not be stored: \(reason)\n")
        }
    }

    var summary: String { "new \(new), updated \(updated), unchanged \(unchanged), failed \(failed)" }
}
