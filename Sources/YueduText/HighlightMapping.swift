/// N3: matches found in folded text, reported in Character offsets of the
/// original text (fold changes lengths: ① → 1, ㍻ → 平成, ß → ss).
enum HighlightMapping {
    static func matchRanges(of query: String, in text: String) -> [Range<Int>] {
        matchRanges(ofAny: [query], in: text)
    }

    /// Every match of any term, sorted, overlapping matches merged. The text
    /// is folded once whatever the number of terms.
    static func matchRanges(ofAny terms: [String], in text: String) -> [Range<Int>] {
        let needles = terms.map { Array(Folding.fold($0)) }.filter { !$0.isEmpty }
        guard !needles.isEmpty else { return [] }
        let (folded, origins) = Folding.foldWithMap(text)
        guard !origins.isEmpty else { return [] }
        let characters = Array(folded)
        var found: [Range<Int>] = []
        for pattern in needles {
            var i = 0
            while i + pattern.count <= characters.count {
                if characters[i] == pattern[0] && characters[i..<(i + pattern.count)].elementsEqual(pattern) {
                    found.append(origins[i]..<(origins[i + pattern.count - 1] + 1))
                    i += pattern.count
                } else {
                    i += 1
                }
            }
        }
        return merged(found)
    }

    /// Two matches inside one original Character (ß searched as "s"), or
    /// overlapping terms, highlight that text once.
    private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, last.upperBound > range.lowerBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
