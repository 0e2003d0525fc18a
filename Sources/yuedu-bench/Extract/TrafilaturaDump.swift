import ArgumentParser
import Foundation

/// Reads what `scripts/trafilatura-dump.py` wrote: one JSON object a line
/// with the page's file, title, date, author, text and seconds taken.
enum TrafilaturaDump {
    struct Line: Decodable {
        var file: String
        var title: String?
        var date: String?
        var author: String?
        var text: String?
        var seconds: Double
        var cpuSeconds: Double
        var bytes: Int
    }

    static func results(path: String, gold: [ExtractGold.Page], corpus: String) throws -> ExtractorResults {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("\(path): cannot read") }
        var byFile: [String: Line] = [:]
        for (n, raw) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            do { let line = try JSONDecoder().decode(Line.self, from: Data(raw)); byFile[line.file] = line } catch {
                throw ValidationError("\(path):\(n + 1): not a trafilatura result: \(error)")
            }
        }
        var results = ExtractorResults(name: "trafilatura")
        var seconds = 0.0, cpuSeconds = 0.0, bytes = 0
        for page in gold {
            let line = byFile[page.file]
            seconds += line?.seconds ?? 0; cpuSeconds += line?.cpuSeconds ?? 0; bytes += line?.bytes ?? 0
            // trafilatura reports no related list: it keeps none.
            results.add(ExtractorOutput(title: line?.title ?? "", date: line?.date, author: line?.author,
                                        text: line?.text ?? "", related: 0), gold: page, corpus: corpus)
        }
        if seconds > 0 { results.megabytesPerSecond = Double(bytes) / 1_000_000 / seconds }
        if cpuSeconds > 0 { results.megabytesPerCPUSecond = Double(bytes) / 1_000_000 / cpuSeconds }
        return results
    }
}
