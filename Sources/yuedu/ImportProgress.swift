import Foundation

/// Count, rate and time left on standard error while a long import runs;
/// only made when standard error is a terminal.
final class ImportProgress {
    private let expected: Int
    private let start = Date()
    private var lastShown = Date.distantPast

    init(expected: Int) { self.expected = expected }

    func show(done: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= 0.2 else { return }
        lastShown = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        var line = "\r\u{1B}[K\(done)"
        if expected > done { line += " of ~\(expected)" }
        line += " articles, \(Int(rate))/s"
        if expected > done, rate > 0 { line += ", about \(Self.duration(Double(expected - done) / rate)) left" }
        Output.err(line)
    }

    func clear() { Output.err("\r\u{1B}[K") }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s < 60 ? "\(s) s" : "\(s / 60) min \(s % 60) s"
    }

    /// A cheap guess at how many articles the paths hold: one per page file,
    /// one per line of a JSON Lines file (a file starting with `{`).
    static func estimate(_ paths: [String]) -> Int {
        var total = 0
        let fm = FileManager.default
        for path in paths where path != "-" {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                let files = fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
                for file in files { total += estimateFile(path + "/" + file) }
            } else {
                total += estimateFile(path)
            }
        }
        return total
    }

    private static func estimateFile(_ path: String) -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else { return 0 }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 64), !head.isEmpty else { return 0 }
        let firstByte = head.drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }.first
        guard firstByte == UInt8(ascii: "{") else { return 1 }
        var lines = 0
        try? handle.seek(toOffset: 0)
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            lines += chunk.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        }
        return max(lines, 1)
    }
}
