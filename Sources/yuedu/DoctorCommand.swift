import ArgumentParser
import YueduStore

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the library file, the search index and the counts; --rebuild rebuilds the index and the counts.")

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Rebuild the search index and the related-item counts, then check again.") var rebuild = false
    @Flag(help: "One JSON object, for scripts.") var json = false

    func run() throws {
        let store = try options.openStore()
        // The checks read the whole file and the rebuild indexes every
        // article: minutes at a million articles, so a terminal sees how far.
        let progressLine = LibraryProgressLine(fd: 2)
        let progress = progressLine.map { line in { (p: LibraryProgress) in line.show(p) } }
        if rebuild {
            try store.rebuildDerivedData(progress: progress)
            progressLine?.clear()
            if !json { Output.out("rebuilt the search index and the related-item counts\n") }
        }
        let health = try store.checkHealth(progress: progress)
        progressLine?.clear()
        if json {
            Output.out(try Output.json(health) + "\n")
        } else {
            func line(_ ok: Bool, _ text: String) -> String { (ok ? "ok       " : "PROBLEM  ") + text + "\n" }
            Output.out(line(health.integrity == ["ok"], "file integrity: " + health.integrity.prefix(5).joined(separator: "; "))
                + line(health.indexProblem == nil, "search index structure" + (health.indexProblem.map { ": \($0)" } ?? ""))
                + line(health.missingFromIndex == 0 && health.indexedArticles == health.articles,
                       "search index holds \(health.indexedArticles) of \(health.articles) articles"
                           + (health.missingFromIndex > 0 ? " (\(health.missingFromIndex) missing)" : ""))
                + line(health.indexFoldCurrent, "search index built with the current text fold")
                + line(health.relatedCountsCurrent, "related-item counts match a count from scratch"))
            if !health.isHealthy { Output.out("run `yuedu doctor --rebuild` to rebuild derived data\n") }
        }
        if !health.isHealthy { throw ExitCode(1) }
    }
}
