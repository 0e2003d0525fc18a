import YueduText

/// Where folded terms fall in the original text, in Character offsets. The
/// fold changes lengths (① → 1, ㍻ → 平成, ß → ss), so each Character is
/// folded alone and folded positions map back to the Character they came
/// from. This is the one place that mapping lives; it can later defer to
/// an offset map from SearchFold.
struct SearchHighlight {
    private var cache: [Character: [Character]] = [:]

    mutating func ranges(of terms: [String], in text: String) -> [Range<Int>] {
        var folded: [Character] = [], owner: [Int] = []
        for (index, c) in text.enumerated() {
            let piece: [Character]
            if let known = cache[c] { piece = known } else {
                piece = Array(SearchFold.fold(String(c)))
                cache[c] = piece
            }
            folded += piece
            owner += repeatElement(index, count: piece.count)
        }
        var found: [Range<Int>] = []
        for term in terms {
            let needle = Array(term)
            guard !needle.isEmpty, needle.count <= folded.count else { continue }
            var start = 0
            while start + needle.count <= folded.count {
                if folded[start] == needle[0], Array(folded[start..<start + needle.count]) == needle {
                    found.append(owner[start]..<(owner[start + needle.count - 1] + 1))
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return Self.merged(found)
    }

    /// A window of `paragraph` around its first match, with "…" where cut,
    /// and the match ranges inside the window.
    mutating func snippet(of paragraph: String, terms: [String], length: Int = 80) -> (String, [Range<Int>]) {
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

    private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }
}
