/// A set of grams for one article: an open-addressing hash table sized for
/// the text, cheaper than `Set` (no hashing seed, no resizing) and than
/// sorting, on the preparation's hot path. An article repeats about half
/// its grams, and the batch's sort then has half the keys to move.
package struct DistinctGrams {
    /// Grams are below 2^44, so this never collides with one.
    private static let empty = UInt64.max
    private var slots: [UInt64]
    private let mask: Int
    private(set) var values: [UInt64] = []

    /// `expected`: at least the number of grams that will be inserted, so
    /// the table is never more than two thirds full.
    package init(expected: Int) {
        var size = 16
        while size < expected + expected / 2 { size <<= 1 }
        slots = [UInt64](repeating: Self.empty, count: size)
        mask = size - 1
        values.reserveCapacity(expected / 2)
    }

    package mutating func insert(_ gram: UInt64) {
        // Fibonacci hashing spreads the packed code points over the table.
        var i = Int(truncatingIfNeeded: (gram &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        slots.withUnsafeMutableBufferPointer { table in
            while true {
                let slot = table[i]
                if slot == gram { return }
                if slot == Self.empty {
                    table[i] = gram
                    values.append(gram)
                    return
                }
                i = (i + 1) & mask
            }
        }
    }
}
