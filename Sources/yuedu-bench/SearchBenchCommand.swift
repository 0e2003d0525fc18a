import ArgumentParser
import Foundation

/// `yuedu-bench search`: issue 5's query latencies on an existing library,
/// the store opened once and every query timed in-process.
struct SearchBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Time 1-, 2-, 3- and 6-character, rare and common searches (first 50 results) in-process, "
            + "then adversarial ones drawn from the library, each checked against a brute-force scan."
    )

    @Option(help: "The library to search.") var library: String
    @Option(help: "Timed repetitions of each query.") var repetitions: Int = 20
    @Flag(help: "Also time a rebuild of the search index (writes to the library).")
    var rebuild = false

    func run() throws {
        let log: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        let figures = try SearchBench(library: library, repetitions: repetitions, rebuild: rebuild, log: log).run()
        for c in figures.classes {
            print("\(c.name): median \(Format.milliseconds(c.samples.median ?? 0)), "
                  + "p95 \(Format.milliseconds(c.samples.percentile(95) ?? 0)) over \(c.samples.count) searches")
        }
        if let seconds = figures.rebuildSeconds { print("index rebuild (search): \(Format.seconds(seconds))") }
    }
}
