/// One paragraph to rows: sanitize, split at hard line breaks, indent the
/// first line, find break opportunities, fit greedily.
enum ParagraphLayout {
    static let indent = "\u{3000}\u{3000}"

    static func rows(_ paragraph: String, options: LayoutOptions) -> [WrappedRow] {
        let sanitized = SanitizePipeline.run(paragraph)
        var rows: [WrappedRow] = []
        var first = true
        for hardLine in hardLines(sanitized) {
            let text = first && options.indentFirstLine ? indent + hardLine : String(hardLine)
            first = false
            rows.append(contentsOf: layoutLine(text, options: options))
        }
        return rows
    }

    /// The text between line feeds, found on bytes: splitting by Character
    /// would run grapheme breaking over the whole paragraph a second time.
    private static func hardLines(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        guard utf8.contains(0x0A) else { return [text[...]] }
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == 0x0A {
                lines.append(text[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    private static func layoutLine(_ text: String, options: LayoutOptions) -> [WrappedRow] {
        let line = ClusterLine(text)
        let breaks = BreakOpportunities(line, locale: options.locale, koreanKeepAll: options.koreanKeepAll)
        return GreedyWrap.rows(line, breaks: breaks, width: max(options.width, 1), hanging: options.hangingPunctuation)
            .map { WrappedRow(text: String(line.slice($0)), width: line.width(of: $0)) }
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
            let line = rawLine.trimmingASCIISpaces()
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

private extension Substring {
    func trimmingASCIISpaces() -> Substring {
        var s = self
        while s.first == " " || s.first == "\t" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return s
    }
}
