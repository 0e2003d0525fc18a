/// A search query split as every part of yuedu reads it: spaces separate
/// terms that must all match; `"…"` keeps a phrase with spaces together (a
/// quote always ends the term before it). The store's index query and the
/// reader's highlighting both split with this, so they agree on what matched.
public enum SearchTerms {
    public static func parse(_ query: String) -> [String] {
        var terms: [String] = [], current = "", quoted = false
        for c in query {
            if c == "\"" {
                if !current.isEmpty { terms.append(current); current = "" }
                quoted.toggle()
            } else if c.isWhitespace && !quoted {
                if !current.isEmpty { terms.append(current); current = "" }
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { terms.append(current) }
        return terms
    }
}
