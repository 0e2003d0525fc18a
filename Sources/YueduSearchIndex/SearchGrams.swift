import YueduText

/// The keys of the search index: every character of folded text (a
/// unigram) and every pair of adjacent characters (a bigram), packed into
/// one integer each. Chinese has no spaces between words, so the index
/// cannot work on words; a bigram index finds any run of characters (the
/// candidates are checked for the run afterwards) with a vocabulary far
/// smaller than trigrams', and a unigram finds a one-character term at once.
///
/// Layout: a unigram is its scalar value (< 2^21); a bigram is
/// `(first + 1) << 21 | second` (>= 2^21); a gram of the title alone has
/// `titleFlag` set. Every key is below 2^44 (see `GramPostings`).
package enum SearchGrams {
    package static let titleFlag: UInt64 = 1 << 43
    package static let bits = 44
    /// Every gram is below this.
    package static let limit: UInt64 = 1 << UInt64(bits)

    package static func unigram(_ scalar: UInt32) -> UInt64 { UInt64(scalar) }

    package static func bigram(_ first: UInt32, _ second: UInt32) -> UInt64 {
        (UInt64(first) + 1) << 21 | UInt64(second)
    }

    /// Calls `body` with every gram of `folded`, duplicates included, in
    /// text order, each or'ed with `flag`. Works on the UTF-8 bytes: this
    /// runs over every character of every imported article.
    package static func forEach(in folded: String, flag: UInt64 = 0, _ body: (UInt64) -> Void) {
        var text = folded
        text.withUTF8 { bytes in
            var previous: UInt32?
            var i = 0
            while i < bytes.count {
                let (scalar, length) = UTF8Scalar.decode(bytes, at: i)
                i += length
                body(unigram(scalar) | flag)
                if let previous { body(bigram(previous, scalar) | flag) }
                previous = scalar
            }
        }
    }

    /// The number of Unicode scalars: UTF-8 bytes that do not continue one.
    package static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
    }

    /// The grams a query term needs, all of which an article must hold: its
    /// unigram for a one-character term, else its distinct bigrams.
    package static func required(by term: String) -> [UInt64] {
        let scalars = term.unicodeScalars.map(\.value)
        guard scalars.count > 1 else { return scalars.map(unigram) }
        var seen = Set<UInt64>()
        return zip(scalars, scalars.dropFirst()).map(bigram).filter { seen.insert($0).inserted }
    }
}
