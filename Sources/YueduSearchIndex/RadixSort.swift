/// Sorts integer keys in linear time. An import sorts every (gram, article)
/// pair of a batch, millions of keys; a comparison sort spent most of the
/// preparation there.
package enum RadixSort {
    private static let digitBits = 11
    private static let buckets = 1 << digitBits
    private static let digitMask = UInt64(buckets - 1)

    /// Sorts `keys` ascending; only the low `significantBits` bits may be set.
    package static func sort(_ keys: inout [UInt64], significantBits: Int = 64) {
        let count = keys.count
        guard count > 1 else { return }
        let passes = (significantBits + digitBits - 1) / digitBits
        let scratch = UnsafeMutablePointer<UInt64>.allocate(capacity: count)
        let counts = UnsafeMutablePointer<Int>.allocate(capacity: buckets * passes)
        defer {
            scratch.deallocate()
            counts.deallocate()
        }
        counts.initialize(repeating: 0, count: buckets * passes)
        keys.withUnsafeMutableBufferPointer { buffer in
            let keys = buffer.baseAddress!
            // One read counts the digits of every pass.
            for i in 0..<count {
                var key = keys[i]
                for pass in 0..<passes {
                    counts[pass &* buckets &+ Int(key & digitMask)] &+= 1
                    key >>= UInt64(digitBits)
                }
            }
            var source = keys, target = scratch
            for pass in 0..<passes {
                let histogram = counts + pass * buckets
                // A digit all keys share moves nothing: skip the pass.
                if (0..<buckets).contains(where: { histogram[$0] == count }) { continue }
                var offset = 0
                for bucket in 0..<buckets {
                    let n = histogram[bucket]
                    histogram[bucket] = offset
                    offset &+= n
                }
                let shift = UInt64(pass * digitBits)
                for i in 0..<count {
                    let key = source[i]
                    let bucket = Int((key >> shift) & digitMask)
                    target[histogram[bucket]] = key
                    histogram[bucket] &+= 1
                }
                swap(&source, &target)
            }
            if source != keys { keys.update(from: source, count: count) }
        }
    }
}
