import YueduText

/// The keys of the search index: every character of folded text (a
/// unigram), every pair of adjacent characters (a bigram) and, hashed, every
/// run of three word characters (a trigram), packed into one integer each.
/// Chinese has no spaces between words, so the index cannot work on words; a
/// bigram index finds any run of characters (the candidates are checked for
/// the run afterwards) with a vocabulary far smaller than trigrams', and a
/// unigram finds a one-character term at once. Trigrams are there for the
/// terms whose pairs are everywhere but whose whole is rare (局发展): the
/// pairs alone leave nearly every article to check.
///
/// Layout: a unigram is its scalar value (< 2^21); a bigram is
/// `(first + 1) << 21 | second` (>= 2^21, < 2^42); a trigram is `trigramFlag`
/// or'ed with a hash of its three scalars below 2^trigramHashBits; a gram of
/// the title alone has `titleFlag` set. Every key is below 2^44 (see
/// `GramPostings`).
package enum SearchGrams {
    package static let titleFlag: UInt64 = 1 << 43
    package static let trigramFlag: UInt64 = 1 << 42
    /// Wide enough that a trigram's list is its own: two of the library's
    /// trigrams share a key with odds of about one in 10^5 at ten million
    /// distinct trigrams. With 2^17 buckets (until 2026-12) a rare trigram
    /// shared its list with a common one for one term in eight at 100,000
    /// articles, and ever more often as the library grew, leaving thousands
    /// of articles to check. An exact list costs little more than a bucket's
    /// share: a list's key difference takes three bytes in a block where a
    /// bucket's took one, and the ids stay the same.
    package static let trigramHashBits = 40
    package static let bits = 44
    /// Every gram is below this.
    package static let limit: UInt64 = 1 << UInt64(bits)

    package static func unigram(_ scalar: UInt32) -> UInt64 { UInt64(scalar) }

    package static func bigram(_ first: UInt32, _ second: UInt32) -> UInt64 {
        (UInt64(first) + 1) << 21 | UInt64(second)
    }

    /// The key of three scalars: they pack into 63 bits, and Fibonacci
    /// hashing takes the top bits (the same on every machine, unlike `Hasher`).
    package static func trigram(_ first: UInt32, _ second: UInt32, _ third: UInt32) -> UInt64 {
        let packed = UInt64(first) | UInt64(second) << 21 | UInt64(third) << 42
        return trigramFlag | (packed &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - trigramHashBits)
    }

    /// Only runs of letters, digits and ideographs make trigrams: a run with
    /// punctuation, a space or a line break is rarely typed, and leaving those
    /// out saves about a third of the trigram postings. Folded text has ASCII
    /// punctuation (NFKC) and CJK punctuation below U+3040.
    package static func makesTrigrams(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            return (0x30...0x39).contains(scalar) || (0x41...0x5A).contains(scalar) || (0x61...0x7A).contains(scalar)
        }
        return !(0x80...0xBF).contains(scalar) && !(0x2000...0x2BFF).contains(scalar)
            && !(0x3000...0x303F).contains(scalar) && !(0xFE30...0xFE4F).contains(scalar)
            && !(0xFF00...0xFF0F).contains(scalar)
    }

    /// Calls `body` with every gram of `folded`, duplicates included, in
    /// text order, each or'ed with `flag`. Works on the UTF-8 bytes: this
    /// runs over every character of every imported article.
    package static func forEach(in folded: String, flag: UInt64 = 0, _ body: (UInt64) -> Void) {
        var text = folded
        text.withUTF8 { bytes in
            var previous: UInt32 = 0, beforePrevious: UInt32 = 0
            // Scalars in a row, ending with this one, that make trigrams.
            var wordRun = 0
            var i = 0
            while i < bytes.count {
                let (scalar, length) = UTF8Scalar.decode(bytes, at: i)
                body(unigram(scalar) | flag)
                if i > 0 { body(bigram(previous, scalar) | flag) }
                wordRun = makesTrigrams(scalar) ? wordRun + 1 : 0
                if wordRun >= 3 { body(trigram(beforePrevious, previous, scalar) | flag) }
                i += length
                beforePrevious = previous
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
    /// unigram for a one-character term, else the trigrams of its runs of
    /// word characters and the pairs no such trigram spans. A trigram's list
    /// already asks for its two pairs (up to a shared key, which the check
    /// of every candidate settles), and a pair of common characters lists
    /// most of the library: 高质量发展的 decoded nine lists, five of them
    /// pairs, at a million articles.
    package static func required(by term: String) -> [UInt64] {
        let scalars = term.unicodeScalars.map(\.value)
        guard scalars.count > 1 else { return scalars.map(unigram) }
        let startsTrigram = scalars.indices.map { i in
            i + 2 < scalars.count && scalars[i...i + 2].allSatisfy(makesTrigrams)
        }
        var seen = Set<UInt64>()
        var grams: [UInt64] = []
        for i in scalars.indices.dropLast() where !(startsTrigram[i] || i > 0 && startsTrigram[i - 1]) {
            grams.append(bigram(scalars[i], scalars[i + 1]))
        }
        for i in scalars.indices where startsTrigram[i] {
            grams.append(trigram(scalars[i], scalars[i + 1], scalars[i + 2]))
        }
        return grams.filter { seen.insert($0).inserted }
    }
}
