/// N3: matches found in folded text, reported in Character offsets of the
/// original text (fold changes lengths: ① → 1, ㍻ → 平成, ß → ss).
enum HighlightMapping {
    static func matchRanges(of query: String, in text: String) -> [Range<Int>] {
        let needle = Folding.fold(query)
        guard !needle.isEmpty else { return [] }
        let (folded, origins) = Folding.foldWithMap(text)
        guard !origins.isEmpty else { return [] }
        let characters = Array(folded)
        let pattern = Array(needle)
        var ranges: [Range<Int>] = []
        var i = 0
        while i + pattern.count <= characters.count {
            if characters[i] == pattern[0] && characters[i..<(i + pattern.count)].elementsEqual(pattern) {
                let lower = origins[i]
                let upper = origins[i + pattern.count - 1] + 1
                // Two matches inside one original Character (ß searched as
                // "s") highlight that Character once.
                if let last = ranges.last, last.upperBound > lower {
                    ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, upper)
                } else {
                    ranges.append(lower..<upper)
                }
                i += pattern.count
            } else {
                i += 1
            }
        }
        return ranges
    }
}
