/// T1 and T2 on sanitized clusters: exact cell counts with `…` (U+2026,
/// one column under libc) and padding.
enum TruncateRules {
    static let ellipsis: Character = "\u{2026}"

    /// How many clusters of `s` (sanitized) `truncate(s, to: cells)` shows
    /// before its `…`: all of them when `s` fits.
    static func keptCount(_ s: String, to cells: Int) -> Int {
        guard cells > 0 else { return 0 }
        let line = ClusterLine(SanitizePipeline.run(s).replacingNewlines())
        if line.width(of: 0..<line.count) <= cells { return line.count }
        var used = 0, kept = 0
        while kept < line.count && used + line.width[kept] <= cells - 1 {
            used += line.width[kept]
            kept += 1
        }
        return kept
    }

    static func truncate(_ s: String, to cells: Int) -> String {
        guard cells > 0 else { return "" }
        // A title is one row: line breaks inside it read as spaces.
        let text = SanitizePipeline.run(s).replacingNewlines()
        let line = ClusterLine(text)
        let total = line.width(of: 0..<line.count)
        if total <= cells { return text + String(repeating: " ", count: cells - total) }
        var used = 0
        var kept = 0
        while kept < line.count && used + line.width[kept] <= cells - 1 {
            used += line.width[kept]
            kept += 1
        }
        return String(line.slice(0..<kept)) + String(ellipsis) + String(repeating: " ", count: cells - 1 - used)
    }

    /// Columns `listRow` gives the title; 0 when the date takes the row.
    static func listRowTitleColumns(date: String, width: Int) -> Int {
        let dateWidth = TextWidth.of(SanitizePipeline.run(date).replacingNewlines())
        return width > dateWidth + 1 ? width - dateWidth - 1 : 0
    }

    static func listRow(title: String, date: String, width: Int) -> String {
        let cleanDate = SanitizePipeline.run(date).replacingNewlines()
        let dateWidth = TextWidth.of(cleanDate)
        guard width > dateWidth + 1 else { return truncate(cleanDate, to: width) }
        return truncate(title, to: width - dateWidth - 1) + " " + cleanDate
    }
}

fileprivate extension String {
    func replacingNewlines() -> String {
        contains("\n") ? String(map { $0 == "\n" ? " " : $0 }) : self
    }
}
