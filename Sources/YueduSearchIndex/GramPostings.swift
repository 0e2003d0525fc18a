/// The postings of one prepared batch before its articles have ids: every
/// distinct (gram, article) pair, as `gram << positionBits | position in
/// the batch`, ascending, so that each gram's articles are one run. Built
/// on the preparing threads; the writer only maps positions to ids and
/// encodes.
package struct GramPostings: Sendable {
    /// Grams take 44 bits, so positions may take the other 20.
    package static let maxArticles = 1 << 20

    package let keys: [UInt64]
    /// Just enough bits for the batch's positions: every bit fewer in the
    /// keys can save the radix sort a pass.
    package let positionBits: Int

    /// `grams[i]` are the grams of the batch's i-th article, in any order,
    /// duplicates allowed.
    package init(grams: [[UInt64]]) {
        precondition(grams.count <= Self.maxArticles, "a batch of \(grams.count) articles is too large")
        positionBits = max(1, Int.bitWidth - (grams.count - 1).leadingZeroBitCount)
        var keys: [UInt64] = []
        keys.reserveCapacity(grams.reduce(0) { $0 + $1.count })
        for (position, articleGrams) in grams.enumerated() {
            let low = UInt64(position)
            for gram in articleGrams { keys.append(gram << UInt64(positionBits) | low) }
        }
        RadixSort.sort(&keys, significantBits: SearchGrams.bits + positionBits)
        Self.removeAdjacentDuplicates(&keys)
        self.keys = keys
    }

    package func gram(_ key: UInt64) -> UInt64 { key >> UInt64(positionBits) }
    package func position(_ key: UInt64) -> Int { Int(key & (1 << UInt64(positionBits) - 1)) }

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
