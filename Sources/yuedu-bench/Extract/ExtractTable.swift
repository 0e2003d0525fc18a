import Foundation

/// The side-by-side table: one column per extractor, the ratio yuedu/other last.
enum ExtractTable {
    static func render(_ columns: [ExtractorResults], pages: Int, mozillaPages: Int) -> String {
        func fraction(_ a: Int, _ b: Int) -> String { "\(a)/\(b)" }
        func f(_ x: Double) -> String { Format.fixed(x, 3) }
        var rows: [(String, [String], String)] = []
        func ratio(_ values: [Double]) -> String {
            guard values.count == 2, values[1] > 0 else { return "" }
            return Format.fixed(values[0] / values[1], 2) + "x"
        }
        rows.append(("body F1 (\(mozillaPages) Mozilla CJK pages)", columns.map { f($0.meanF1) }, ratio(columns.map(\.meanF1))))
        // Per page: the mean hides that one page can decide it (hukumusume's expected text keeps the site menu).
        for (i, page) in (columns.first?.bodyPages ?? []).enumerated() {
            let values = columns.map { $0.bodyScores.indices.contains(i) ? $0.bodyScores[i].f1 : 0 }
            rows.append(("  F1 \(page)", values.map(f), ratio(values)))
        }
        rows.append(("body precision", columns.map { f($0.meanBody.precision) }, ratio(columns.map(\.meanBody.precision))))
        rows.append(("body recall", columns.map { f($0.meanBody.recall) }, ratio(columns.map(\.meanBody.recall))))
        rows.append(("title exact (\(pages) pages)", columns.map { fraction($0.titles, pages) }, ratio(columns.map { Double($0.titles) })))
        rows.append(("date, day exact", columns.map { fraction($0.dates, $0.datePages) }, ratio(columns.map { Double($0.dates) })))
        rows.append(("date, minute exact", columns.map { fraction($0.dateTimes, $0.dateTimePages) }, ratio(columns.map { Double($0.dateTimes) })))
        rows.append(("author exact", columns.map { fraction($0.authors, $0.authorPages) }, ratio(columns.map { Double($0.authors) })))
        rows.append(("related list found", columns.map { fraction($0.relatedFound, $0.relatedPages) }, ""))
        rows.append(("MB/s of HTML (wall)", columns.map { $0.megabytesPerSecond.map { Format.fixed($0, 1) } ?? "-" },
                     ratio(columns.map { $0.megabytesPerSecond ?? 0 })))
        rows.append(("MB per CPU second", columns.map { $0.megabytesPerCPUSecond.map { Format.fixed($0, 1) } ?? "-" },
                     ratio(columns.map { $0.megabytesPerCPUSecond ?? 0 })))
        let header = ["metric"] + columns.map(\.name) + (columns.count == 2 ? ["ratio"] : [])
        var table = [header]
        for (name, values, r) in rows { table.append([name] + values + (columns.count == 2 ? [r] : [])) }
        let widths = (0..<header.count).map { c in table.map { $0[c].count }.max() ?? 0 }
        return table.enumerated().map { i, row in
            let line = row.enumerated().map { c, cell in
                c == 0 ? cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[c] - cell.count) + cell
            }.joined(separator: "  ")
            return i == 0 ? line + "\n" + String(repeating: "-", count: line.count) : line
        }.joined(separator: "\n")
    }
}
