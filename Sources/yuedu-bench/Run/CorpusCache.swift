import Foundation

/// Generated corpora kept in the work directory by size and seed, with the
/// raw text size beside each, so repeated benchmark runs skip generation.
struct CorpusCache {
    let directory: String
    let seed: UInt64

    struct Entry {
        var path: String
        var rawTextBytes: Int
    }

    func corpus(count: Int, log: (String) -> Void) throws -> Entry {
        let path = directory + "/corpus-\(count)-seed\(seed).jsonl"
        let sidecar = path + ".rawbytes"
        if FileManager.default.fileExists(atPath: path),
           let text = try? String(contentsOfFile: sidecar, encoding: .utf8),
           let raw = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            return Entry(path: path, rawTextBytes: raw)
        }
        let start = Clock.now
        let summary = try CorpusGenerator(count: count, seed: seed).write(to: path)
        try "\(summary.rawTextBytes)\n".write(toFile: sidecar, atomically: true, encoding: .utf8)
        log("    generated \(count) articles in \(Format.seconds(Clock.now - start)) "
            + "(\(Format.mebibytes(summary.fileBytes)), raw text \(Format.mebibytes(summary.rawTextBytes)))")
        return Entry(path: path, rawTextBytes: summary.rawTextBytes)
    }
}
