import Foundation
import YueduModel
import YueduStore
import YueduText

/// Queries made to be hard for a pair index, drawn from the library itself
/// (any generator's): terms whose character pairs are among the most
/// frequent but whose whole is rare or absent, pairs of such terms, long
/// phrases, quoted phrases, Latin words and mixed scripts. Every article is
/// folded and scanned byte by byte for each query, so the search's results
/// can be checked against the plainest possible answer.
struct AdversarialQueries {
    struct QueryClass {
        var name: String
        var queries: [String]
    }

    static let classNames = [
        "3 chars, frequent pairs", "4 chars, frequent pairs", "two such terms", "long phrase",
        "quoted phrase", "Latin word", "mixed scripts",
    ]

    private(set) var classes: [QueryClass] = []
    /// The keys of the articles matching each query, by brute force.
    private(set) var expected: [String: Set<String>] = [:]
    private(set) var articles = 0

    /// Articles the queries are drawn from (the newest); all are scanned.
    static let sampleSize = 2000

    init(_ store: LibraryStore) throws {
        var sample: [(key: String, text: [UInt8])] = []
        var scanner = BruteForceScan()
        var planned = false
        var last: ArticleSummary?
        while true {
            let page = try last.map { try store.page(.all, after: $0, limit: 500) } ?? store.page(.all, offset: 0, limit: 500)
            guard let final = page.last else { break }
            for summary in page {
                guard let article = try store.detail(key: summary.key)?.article else { continue }
                let text = Array(Self.foldedText(article).utf8)
                articles += 1
                if planned {
                    scanner.scan(key: summary.key, text)
                } else {
                    sample.append((summary.key, text))
                }
            }
            last = final
            if !planned, sample.count >= Self.sampleSize {
                plan(sample, &scanner)
                planned = true
            }
        }
        if !planned { plan(sample, &scanner) }
        expected = scanner.found
    }

    /// The text search looks in: title, paragraphs, source and site, folded,
    /// one per line (a term never holds a line break, so the separator
    /// cannot make or break a match).
    static func foldedText(_ a: Article) -> String {
        SearchFold.fold(([a.title] + a.paragraphs + [a.source, a.site]).joined(separator: "\n"))
    }

    /// Picks the queries from the sample, then scans the sample for them.
    private mutating func plan(_ sample: [(key: String, text: [UInt8])], _ scanner: inout BruteForceScan) {
        let texts = sample.map { String(decoding: $0.text, as: UTF8.self) }
        let pairs = Self.frequentPairs(texts, count: 40)
        guard pairs.count >= 10 else { return }
        // Rare: in at most one sampled article in 1,000.
        let rareInSample: (String) -> Bool = { term in
            let bytes = Array(term.utf8)
            return sample.lazy.filter { BruteForceScan.occurs(bytes, in: $0.text) }.prefix(sample.count / 1000 + 1).count
                <= sample.count / 1000
        }
        let absentInSample: (String) -> Bool = { term in
            let bytes = Array(term.utf8)
            return !sample.contains { BruteForceScan.occurs(bytes, in: $0.text) }
        }
        // Two frequent pairs overlapping in their middle character.
        var threes: [String] = []
        let widePairs = Self.frequentPairs(texts, count: 150)
        for ab in widePairs where threes.count < 8 {
            for bc in widePairs where threes.count < 8 && ab.unicodeScalars.last == bc.unicodeScalars.first {
                let term = ab + String(bc.unicodeScalars.last!)
                if !threes.contains(term), rareInSample(term) { threes.append(term) }
            }
        }
        var fours: [String] = []
        for (i, ab) in pairs.enumerated() {
            let cd = pairs[(i * 7 + 3) % pairs.count]
            if fours.count < 8, absentInSample(ab + cd) { fours.append(ab + cd) }
        }
        let both = zip(threes, fours).prefix(4).map { "\($0) \($1)" }
        // Long phrases: real runs of 12 characters from four articles, and
        // six frequent pairs in a row, which no article holds.
        var long = stride(from: 0, to: min(texts.count, 400), by: 100).compactMap { Self.run(of: 12, in: texts[$0]) }
        long += (0..<4).map { i in (0..<6).map { pairs[(i + $0 * 5) % pairs.count] }.joined() }
        let quoted = (0..<4).map { i in "\"\(pairs[i]) \(pairs[i + 4])\"" }
            + stride(from: 50, to: min(texts.count, 250), by: 100).compactMap { Self.run(of: 8, in: texts[$0]) }
                .map { "\"\($0.prefix(4)) \($0.suffix(4))\"" }
        let latin = ["the", "data", "internet", "python", "swift", "gdp", "app", "zzqx"]
        let mixed = ["5g网络", "ai芯片", "app下载", "gdp增长"] + pairs.prefix(4).map { "ai" + $0 }
        classes = [
            .init(name: Self.classNames[0], queries: threes), .init(name: Self.classNames[1], queries: fours),
            .init(name: Self.classNames[2], queries: both), .init(name: Self.classNames[3], queries: long),
            .init(name: Self.classNames[4], queries: quoted), .init(name: Self.classNames[5], queries: latin),
            .init(name: Self.classNames[6], queries: mixed),
        ]
        scanner.queries = classes.flatMap(\.queries)
        for article in sample { scanner.scan(key: article.key, article.text) }
    }

    /// The most frequent pairs of ideographs by the number of texts holding them.
    private static func frequentPairs(_ texts: [String], count: Int) -> [String] {
        var holders: [String: Int] = [:]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            var seen = Set<String>()
            for (a, b) in zip(scalars, scalars.dropFirst()) where isIdeograph(a) && isIdeograph(b) {
                let pair = String(a) + String(b)
                if seen.insert(pair).inserted { holders[pair, default: 0] += 1 }
            }
        }
        return holders.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(count).map(\.key)
    }

    /// The first run of `length` ideographs in `text`.
    private static func run(of length: Int, in text: String) -> String? {
        var current: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            current = isIdeograph(scalar) ? current + [scalar] : []
            if current.count == length { return String(String.UnicodeScalarView(current)) }
        }
        return nil
    }

    private static func isIdeograph(_ s: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(s.value) }
}

/// Which articles hold every term of each query, scanning the folded text.
private struct BruteForceScan {
    var queries: [String] = [] {
        didSet { terms = queries.map { SearchTerms.parse($0).map { Array(SearchFold.fold($0).utf8) }.filter { !$0.isEmpty } } }
    }
    private var terms: [[[UInt8]]] = []
    var found: [String: Set<String>] = [:]

    mutating func scan(key: String, _ text: [UInt8]) {
        for (query, queryTerms) in zip(queries, terms) where queryTerms.allSatisfy({ Self.occurs($0, in: text) }) {
            found[query, default: []].insert(key)
        }
    }

    /// `needle` in `haystack` byte for byte: memchr to the needle's last
    /// byte (a UTF-8 continuation byte is far rarer than a lead byte), then
    /// a comparison backwards.
    static func occurs(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard let last = needle.last, needle.count <= haystack.count else { return needle.isEmpty }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                let base = h.baseAddress!
                var end = n.count - 1
                while end < h.count, let hit = memchr(base + end, Int32(last), h.count - end) {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    let start = at - (n.count - 1)
                    if memcmp(base + start, n.baseAddress!, n.count) == 0 { return true }
                    end = at + 1
                }
                return false
            }
        }
    }
}
