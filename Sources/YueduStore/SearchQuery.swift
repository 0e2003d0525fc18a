import YueduText

/// A search as the user typed it, split into terms that must all match.
/// Spaces separate terms; `"…"` keeps a phrase with spaces together. Every
/// term is folded and searched as literal text: nothing the user types is
/// SQL or FTS syntax.
struct SearchQuery: Equatable {
    /// Folded terms, each non-empty.
    var terms: [String]

    init(_ text: String) {
        terms = SearchTerms.parse(text).map(SearchFold.fold).filter { !$0.isEmpty }
    }

    var isEmpty: Bool { terms.isEmpty }

    /// The FTS5 expression: a 1–2 character term as a prefix of the trigrams
    /// that start with it; a longer one as the AND of its trigrams (the index
    /// keeps no positions, so adjacency is checked by `needsVerification`).
    var matchExpression: String {
        terms.map { term -> String in
            let scalars = Array(term.unicodeScalars)
            if scalars.count < 3 { return Self.quote(term) + " *" }
            var trigrams: [String] = []
            var seen = Set<String>()
            for start in 0...(scalars.count - 3) {
                var gram = String.UnicodeScalarView()
                gram.append(contentsOf: scalars[start..<start + 3])
                let text = String(gram)
                if seen.insert(text).inserted { trigrams.append(Self.quote(text)) }
            }
            return "(" + trigrams.joined(separator: " AND ") + ")"
        }.joined(separator: " AND ")
    }

    /// True when the index alone can say "maybe": a term of four or more
    /// characters matched trigram by trigram, not as a run.
    var needsVerification: Bool { terms.contains { $0.unicodeScalars.count > 3 } }

    /// True when `folded` (text already folded) holds every term.
    func matches(folded: String) -> Bool { terms.allSatisfy { folded.contains($0) } }

    /// An FTS5 string literal: double quotes doubled, anything else literal.
    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
