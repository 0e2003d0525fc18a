import ArgumentParser
import Foundation

/// `yuedu-bench run`: the benchmark table of issue 6 (and issue 5's search
/// figures) for each library size, from a generated corpus, through the
/// real `yuedu` binary.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Import, screen and search benchmarks for each corpus size; prints one table."
    )

    @Option(help: "Comma-separated corpus sizes (default: $BENCH_SIZES, else 1000,10000,100000).")
    var sizes: String?
    @Option(help: "Runs per figure whose median is shown (imports, launches).") var runs: Int = 3
    @Option(help: "Keypresses timed per kind.") var keys: Int = 120
    @Option(help: "Articles opened.") var opens: Int = 20
    @Option(help: "Timed repetitions of each search query.") var searchRepetitions: Int = 20
    @Option(help: "Corpus seed.") var seed: UInt64 = 1
    @Option(help: "Where corpora and libraries go.") var workDir: String = "/tmp/yuedu-bench"
    @Option(help: "The yuedu binary (default: beside this one).") var yuedu: String?
    @Option(help: "Terminal width for the screen benchmark.") var width: Int = 120
    @Option(help: "Terminal height for the screen benchmark.") var height: Int = 40
    @Flag(help: "Skip the screen benchmark.") var noScreen = false
    @Flag(help: "Skip the search benchmark.") var noSearch = false

    func run() throws {
        let sizeList = try parsedSizes()
        let reader = yuedu ?? Self.sibling("yuedu")
        try FileManager.default.createDirectory(atPath: workDir, withIntermediateDirectories: true)
        let cache = CorpusCache(directory: workDir, seed: seed)
        let log: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        var results: [SizeResult] = []

        for size in sizeList {
            log("N = \(size)")
            let corpus = try cache.corpus(count: size, log: log)
            var result = SizeResult(articles: size, rawTextBytes: corpus.rawTextBytes)
            let library = workDir + "/library-\(size).sqlite"
            result.importFigures = try ImportBench(yuedu: reader, corpus: corpus.path, library: library,
                                                   runs: runs, log: log).run()
            result.stats = try ImportBench.stats(yuedu: reader, library: library, runs: max(runs, 5), log: log)
            if !noScreen {
                do {
                    result.screen = try ScreenBench(yuedu: reader, library: library, launches: max(runs, 5), keys: keys,
                                                    opens: opens, width: width, height: height, log: log).run()
                } catch {
                    result.screenError = "\(error)"
                    log("    screen benchmark failed: \(error)")
                }
            }
            if !noSearch {
                do {
                    result.search = try SearchBench(library: library, repetitions: searchRepetitions,
                                                    rebuild: true, log: log).run()
                } catch {
                    result.searchError = "\(error)"
                    log("    search benchmark failed: \(error)")
                }
            }
            results.append(result)
        }
        print(Self.report(results, runs: runs, keys: keys))
        // A smoke run (CI) must fail when a part could not be measured.
        if results.contains(where: { $0.screenError != nil || $0.searchError != nil }) { throw ExitCode(1) }
    }

    static func report(_ results: [SizeResult], runs: Int, keys: Int) -> String {
        var table = ResultTable(sizes: results.map(\.articles))
        let atTarget = results.first { $0.articles == 100_000 }
        let atMillion = results.first { $0.articles == 1_000_000 }
        func judged(_ target: String, _ meets: ((SizeResult) -> Bool?)?, _ result: SizeResult?) -> String {
            guard let result, let met = meets?(result) else { return target }
            return target + (met ? "  ok" : "  MISSED")
        }
        for metric in Metrics.all {
            table.add(metric.label, results.map { metric.show($0) ?? "-" },
                      target: judged(metric.target, metric.meets, atTarget),
                      millionTarget: judged(metric.millionTarget, metric.meetsAtMillion, atMillion))
        }
        var lines = ["yuedu benchmark on " + Machine.description,
                     "medians of \(runs) imports and \(max(runs, 5)) warm launches; \(keys) keys per kind; "
                        + "screen timed in tmux through capture-pane", "", table.render()]
        for r in results {
            if let e = r.screenError { lines.append("N = \(r.articles): screen benchmark failed: \(e)") }
            if let e = r.searchError { lines.append("N = \(r.articles): search benchmark failed: \(e)") }
            if let cold = r.screen?.coldNote { lines.append("N = \(r.articles): first screen cold: \(cold)") }
        }
        return lines.joined(separator: "\n")
    }

    private func parsedSizes() throws -> [Int] {
        let text = sizes ?? ProcessInfo.processInfo.environment["BENCH_SIZES"] ?? "1000,10000,100000"
        let list = text.split(whereSeparator: { $0 == "," || $0 == " " }).map { Int($0) }
        guard !list.isEmpty, list.allSatisfy({ ($0 ?? 0) > 0 }) else {
            throw ValidationError("sizes must be positive numbers: \(text)")
        }
        return list.compactMap { $0 }
    }

    /// A program built beside this one (`.build/release/yuedu`).
    static func sibling(_ name: String) -> String {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let candidate = me.deletingLastPathComponent().appendingPathComponent(name).path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : name
    }
}
