/// The postings of one prepared batch before its articles have ids: every
/// distinct (gram, article) pair, as `gram << 20 | position in the batch`,
/// ascending, so that each gram's articles are one run. Built on the
/// preparing threads; the writer only maps positions to ids and encodes.
struct GramPostings: Sendable {
    static let positionBits = 20
    /// Positions must fit their bits.
    static let maxArticles = 1 << positionBits
    static let positionMask = UInt64(maxArticles - 1)

    let keys: [UInt64]

    /// `grams[i]` are the grams of the batch's i-th article, in any order,
    /// duplicates allowed.
    init(grams: [[UInt64]]) {
        precondition(grams.count <= Self.maxArticles, "a batch of \(grams.count) articles is too large")
        var keys: [UInt64] = []
        keys.reserveCapacity(grams.reduce(0) { $0 + $1.count })
        for (position, articleGrams) in grams.enumerated() {
            let low = UInt64(position)
            for gram in articleGrams { keys.append(gram << UInt64(Self.positionBits) | low) }
        }
        RadixSort.sort(&keys, significantBits: SearchGrams.bits + Self.positionBits)
        Self.removeAdjacentDuplicates(&keys)
        self.keys = keys
    }

    static func gram(_ key: UInt64) -> UInt64 { key >> UInt64(positionBits) }
    static func position(_ key: UInt64) -> Int { Int(key & positionMask) }

    private static func removeAdjacentDuplicates(_ keys: inout [UInt64]) {
        guard keys.count > 1 else { return }
        var kept = 1
        for i in 1..<keys.count where keys[i] != keys[kept - 1] {
            keys[kept] = keys[i]
            kept += 1
        }
        keys.removeLast(keys.count - kept)
    }
}
