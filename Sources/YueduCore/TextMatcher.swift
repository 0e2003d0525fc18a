import YueduText

/// A search query split as the search reads it: spaces separate terms,
/// `"…"` quotes a phrase containing spaces.
public enum SearchTerms {
    public static func parse(_ query: String) -> [String] {
        var terms: [String] = []
        var current = ""
        var quoted = false
        for c in query {
            if c == "\"" {
                if quoted, !current.isEmpty { terms.append(current); current = "" }
                quoted.toggle()
            } else if c.isWhitespace, !quoted {
                if !current.isEmpty { terms.append(current); current = "" }
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { terms.append(current) }
        return terms
    }
}

/// Finds search terms in displayed text for highlighting. Each Character is
/// folded on its own so a match maps back to whole characters even where
/// folding changes lengths (ß → ss, ① → 1).
public enum TextMatcher {
    public static func ranges(of terms: [String], in text: String) -> [Range<Int>] {
        var folded: [Character] = []
        var owner: [Int] = []  // folded character → index of the text character it came from
        for (index, c) in text.enumerated() {
            for f in SearchFold.fold(String(c)) { folded.append(f); owner.append(index) }
        }
        var found: [Range<Int>] = []
        for term in terms {
            let needle = Array(SearchFold.fold(term))
            guard !needle.isEmpty, needle.count <= folded.count else { continue }
            var start = 0
            while start + needle.count <= folded.count {
                if Array(folded[start..<start + needle.count]) == needle {
                    found.append(owner[start]..<owner[start + needle.count - 1] + 1)
                    start += needle.count
                } else {
                    start += 1
                }
            }
        }
        return merge(found)
    }

    /// Sorted, with overlapping ranges joined.
    static func merge(_ ranges: [Range<Int>]) -> [Range<Int>] {
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
