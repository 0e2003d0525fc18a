import ArgumentParser
import YueduStore

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the library file and the search index; --rebuild rebuilds the index.")

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Rebuild the search index, then check again.") var rebuild = false
    @Flag(help: "One JSON object, for scripts.") var json = false

    func run() throws {
        let store = try options.openStore()
        if rebuild {
            try store.rebuildDerivedData()
            if !json { Output.out("rebuilt the search index\n") }
        }
        let health = try store.checkHealth()
        if json {
            Output.out(try Output.json(health) + "\n")
        } else {
            func line(_ ok: Bool, _ text: String) -> String { (ok ? "ok       " : "PROBLEM  ") + text + "\n" }
            Output.out(line(health.integrity == ["ok"], "file integrity: " + health.integrity.prefix(5).joined(separator: "; "))
                + line(health.indexProblem == nil, "search index structure" + (health.indexProblem.map { ": \($0)" } ?? ""))
                + line(health.missingFromIndex == 0 && health.indexedArticles == health.articles,
                       "search index holds \(health.indexedArticles) of \(health.articles) articles"
                           + (health.missingFromIndex > 0 ? " (\(health.missingFromIndex) missing)" : ""))
                + line(health.indexFoldCurrent, "search index built with the current text fold"))
            if !health.isHealthy { Output.out("run `yuedu doctor --rebuild` to rebuild derived data\n") }
        }
        if !health.isHealthy { throw ExitCode(1) }
    }
}
