import Glibc
import YueduCharset

/// How far a read has got, in bytes, for a progress line with a rate and the
/// time left: pass one to `Importer.read(paths:progress:each:)` and look at
/// `bytesRead` from inside `each`; `Importer.totalBytes(of:)` gives the whole.
/// Not thread-safe: read it on the thread that runs the import.
public final class ImportProgress {
    public private(set) var bytesRead: Int64 = 0
    public init() {}
    func add(_ count: Int) { bytesRead += Int64(count) }
}

extension Importer {
    /// The size of everything `read(paths:)` would read, walking directories
    /// the same way; standard input and unreadable paths count as 0.
    public static func totalBytes(of paths: [String]) -> Int64 {
        var total: Int64 = 0
        for path in paths where path != "-" {
            InputWalker.walk(path) { entry in
                var info = stat()
                if case .file(let file) = entry, stat(file, &info) == 0 { total += Int64(info.st_size) }
            }
        }
        return total
    }

    /// Whether `forcedEncoding` can be used: a command can refuse a bad
    /// `--encoding` before reading anything.
    public static func isKnownEncoding(_ name: String) -> Bool { TextEncoding(named: name) != nil }
}
