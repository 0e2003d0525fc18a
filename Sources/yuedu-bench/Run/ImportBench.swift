import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `yuedu import` of a whole corpus into a fresh library, as a user runs it.
struct ImportFigures {
    var seconds = Samples()
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
            let result = try ChildProcess.run([yuedu, "import", "--library", library, corpus])
            guard result.status == 0 else {
                throw BenchError("yuedu import failed (\(result.status)): \(result.stderr.suffix(2000))")
            }
            figures.seconds.add(result.seconds)
            figures.peakRSSBytes.append(result.peakRSSBytes)
            figures.summary = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            log("    import run \(run): \(Format.seconds(result.seconds)), peak RSS \(Format.mebibytes(result.peakRSSBytes)); \(figures.summary)")
        }
        figures.libraryBytes = LibraryFiles.size(library)
        return figures
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
