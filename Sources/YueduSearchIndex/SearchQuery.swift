import YueduText

/// A search as the user typed it, split into terms that must all match.
/// Spaces separate terms; `"…"` keeps a phrase with spaces together. Every
/// term is folded and searched as literal text: nothing the user types is
/// SQL or query syntax.
package struct SearchQuery: Equatable {
    /// Folded terms, each non-empty.
    package var terms: [String]

    package init(_ text: String) {
        terms = SearchTerms.parse(text).map(SearchFold.fold).filter { !$0.isEmpty }
    }

    package var isEmpty: Bool { terms.isEmpty }

    /// The grams an article must hold to match (see `SearchGrams`), each
    /// or'ed with `flag`.
    package func requiredGrams(flag: UInt64) -> [UInt64] {
        var seen = Set<UInt64>()
        return terms.flatMap(SearchGrams.required).map { $0 | flag }.filter { seen.insert($0).inserted }
    }

    /// True when the index alone can say only "maybe": a term of three or
    /// more characters matched pair by pair, not as a run.
    package var needsVerification: Bool { terms.contains { $0.unicodeScalars.count > 2 } }

    /// True when `folded` (text already folded) holds every term.
    package func matches(folded: String) -> Bool { terms.allSatisfy { folded.containsBytes(of: $0) } }
}
