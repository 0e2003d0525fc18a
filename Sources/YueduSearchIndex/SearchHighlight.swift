import YueduText

/// Where search terms fall in the original text, in Character offsets,
/// through the text engine's fold map (the fold changes lengths: ① → 1,
/// ㍻ → 平成, ß → ss), and the snippet around the first body match.
package struct SearchHighlight {
    package init() {}

    package func ranges(of terms: [String], in text: String) -> [Range<Int>] {
        SearchFold.matchRanges(ofAny: terms, in: text)
    }

    /// A window of `paragraph` around its first match, with "…" where cut,
    /// and the match ranges inside the window.
    package func snippet(of paragraph: String, terms: [String], length: Int = 80) -> (String, [Range<Int>]) {
        let chars = Array(paragraph)
        let all = ranges(of: terms, in: paragraph)
        let first = all.first?.lowerBound ?? 0
        let start = max(0, min(first - length / 4, chars.count - length))
        let end = min(chars.count, start + length)
        let lead = start > 0 ? "…" : "", tail = end < chars.count ? "…" : ""
        let shift = lead.isEmpty ? 0 : 1
        let inside = all.compactMap { r -> Range<Int>? in
            let lo = max(r.lowerBound, start), hi = min(r.upperBound, end)
            return lo < hi ? (lo - start + shift)..<(hi - start + shift) : nil
        }
        return (lead + String(chars[start..<end]) + tail, inside)
    }
}
