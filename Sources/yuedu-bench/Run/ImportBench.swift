import Foundation
#if canImport(Glibc)
import Glibc
#endif
import YueduTestSupport

/// `yuedu import` of a whole corpus into a fresh library, as a user runs it.
struct ImportFigures {
    var seconds = Samples()
    /// The phases `yuedu import --timings` reports, one sample per run.
    var phases = ImportPhases()
    var peakRSSBytes: [Int] = []
    var libraryBytes = 0
    var summary = ""
}

struct ImportBench {
    let yuedu: String
    let corpus: String
    let library: String
    let runs: Int
    let log: (String) -> Void

    func run() throws -> ImportFigures {
        var figures = ImportFigures()
        for run in 1...runs {
            LibraryFiles.remove(library)
            // Peak memory is the child's VmHWM, read until it exits: rusage's
            // ru_maxrss would include this process's own peak, because
            // posix_spawn's child shares our memory until it execs.
            var peak = 0
            let result = try Spawn.run([yuedu, "import", "--timings", "--library", library, corpus]) { pid in
                if let hwm = Machine.peakRSS(pid: pid) { peak = max(peak, hwm) }
            }
            guard result.status == 0 else {
                throw BenchError("yuedu import failed (\(result.status)): \(result.stderr.suffix(2000))")
            }
            figures.seconds.add(result.seconds)
            guard let phases = ImportPhases.parse(result.stderr) else {
                throw BenchError("yuedu import --timings printed no timings line: \(result.stderr.suffix(500))")
            }
            figures.phases.add(phases)
            figures.peakRSSBytes.append(peak)
            figures.summary = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            log("    import run \(run): \(Format.seconds(result.seconds)), peak RSS \(Format.mebibytes(peak)); \(figures.summary)")
        }
        figures.libraryBytes = LibraryFiles.size(library)
        return figures
    }

    /// `yuedu stats` on the library just imported, whole process, `runs` times.
    static func stats(yuedu: String, library: String, runs: Int, log: (String) -> Void) throws -> Samples {
        var samples = Samples()
        for _ in 0..<runs {
            let result = try Spawn.run([yuedu, "stats", "--library", library])
            guard result.status == 0 else {
                throw BenchError("yuedu stats failed (\(result.status)): \(result.stderr.suffix(2000))")
            }
            samples.add(result.seconds)
        }
        log("    yuedu stats: median \(Format.milliseconds(samples.median ?? 0)) over \(runs) runs")
        return samples
    }
}

/// Where an import's time went, as `yuedu import --timings` says it:
/// "took 61.20 s: articles 25.10 s, search index 12.00 s, commit 15.90 s;
/// reading and preparing 18.30 s alongside".
struct ImportPhases {
    var articles = Samples(), searchIndex = Samples(), commit = Samples(), reading = Samples()

    mutating func add(_ other: ImportPhases) {
        for v in other.articles.values { articles.add(v) }
        for v in other.searchIndex.values { searchIndex.add(v) }
        for v in other.commit.values { commit.add(v) }
        for v in other.reading.values { reading.add(v) }
    }

    /// The phases of the last timings line in `output`, nil when it has none.
    static func parse(_ output: String) -> ImportPhases? {
        guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("took ") }) else { return nil }
        func seconds(after label: String) -> Double? {
            guard let range = line.range(of: label + " ") else { return nil }
            return Double(line[range.upperBound...].prefix { $0.isNumber || $0 == "." })
        }
        guard let a = seconds(after: "articles"), let i = seconds(after: "search index"),
              let c = seconds(after: "commit"), let r = seconds(after: "reading and preparing") else { return nil }
        return ImportPhases(articles: Samples([a]), searchIndex: Samples([i]), commit: Samples([c]),
                            reading: Samples([r]))
    }
}

/// A library is its SQLite file and, while open or unchecked, its WAL.
enum LibraryFiles {
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    }

    /// The file plus its write-ahead log: what the library takes on disk.
    static func size(_ path: String) -> Int {
        ["", "-wal"].reduce(0) { total, suffix in
            var info = stat()
            return stat(path + suffix, &info) == 0 ? total + Int(info.st_size) : total
        }
    }
}
