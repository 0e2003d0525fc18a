#if canImport(Glibc)
import Glibc
#endif

/// One paragraph to rows: sanitize, split at hard line breaks, indent the
/// first line, find break opportunities, fit greedily.
enum ParagraphLayout {
    static let indent = "\u{3000}\u{3000}"

    /// Rows of `paragraph`; with `sources`, each row also tells which
    /// Characters of the original paragraph it shows.
    static func rows(_ paragraph: String, options: LayoutOptions, sources: Bool = false) -> [WrappedRow] {
        let sanitized: String
        var origins: [Int]? = nil
        if sources {
            (sanitized, origins) = SanitizePipeline.runWithOrigins(paragraph)
        } else {
            sanitized = SanitizePipeline.run(paragraph)
        }
        var rows: [WrappedRow] = []
        var lineStart = 0       // Character offset of the hard line in `sanitized`
        var first = true
        for hardLine in sanitized.linesSplitAtAnyLineEnd {  // sanitized: line feeds only
            let indented = first && options.indentFirstLine
            let line = ClusterLine(indented ? indent + hardLine : String(hardLine))
            let breaks = BreakOpportunities(line, locale: options.locale, koreanKeepAll: options.koreanKeepAll)
            let indentCount = indented ? 2 : 0
            for range in GreedyWrap.rows(line, breaks: breaks, width: max(options.width, 1), hanging: options.hangingPunctuation) {
                var row = WrappedRow(text: String(line.slice(range)), width: line.width(of: range))
                if sources {
                    row.sourceOffsets = range.map { cluster in
                        let index = lineStart + max(cluster - indentCount, 0)
                        return origins.map { $0.isEmpty ? 0 : $0[min(index, $0.count - 1)] } ?? index
                    }
                }
                rows.append(row)
            }
            lineStart += line.count - indentCount + 1   // + the line feed
            first = false
        }
        return rows
    }
}

/// Paragraphs of plain text (separated by blank lines) to rows, for `fmt`
/// and anything else that holds text rather than a list of paragraphs.
enum TextParagraphs {
    /// Lines inside a paragraph are joined: directly between two wide
    /// (CJK) characters, with one space otherwise, as a reader would.
    static func split(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = rawLine.trimming { $0 == " " || $0 == "\t" }  // an ideographic-space indent stays
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current); current = "" }
                continue
            }
            if let last = current.last, let next = line.first, !(isWide(last) && isWide(next)) {
                current.append(" ")
            }
            current.append(contentsOf: line)
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    private static func isWide(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { LibcWidth.of($0.value) == 2 } ?? false
    }
}
