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

/// Finds search terms in displayed text for highlighting, through the text
/// engine's folding map, so a match covers whole characters even where
/// folding changes lengths (ß → ss, ① → 1).
public enum TextMatcher {
    public static func ranges(of terms: [String], in text: String) -> [Range<Int>] {
        SearchFold.matchRanges(ofAny: terms, in: text)
    }
}
