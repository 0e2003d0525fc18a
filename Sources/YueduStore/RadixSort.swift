/// Sorts integer keys in linear time. An import sorts every (gram, article)
/// pair of a batch, millions of keys; a comparison sort spent most of the
/// preparation there.
enum RadixSort {
    private static let digitBits = 11
    private static let buckets = 1 << digitBits

    /// Sorts `keys` ascending; only the low `significantBits` bits may be set.
    static func sort(_ keys: inout [UInt64], significantBits: Int = 64) {
        let count = keys.count
        guard count > 1 else { return }
        let passes = (significantBits + digitBits - 1) / digitBits
        var scratch = [UInt64](repeating: 0, count: count)
        keys.withUnsafeMutableBufferPointer { keysBuffer in
            scratch.withUnsafeMutableBufferPointer { scratchBuffer in
                // One read counts the digits of every pass.
                var counts = [Int](repeating: 0, count: buckets * passes)
                for key in keysBuffer {
                    for pass in 0..<passes {
                        counts[pass * buckets + Int((key >> UInt64(pass * digitBits)) & UInt64(buckets - 1))] += 1
                    }
                }
                var source = keysBuffer, target = scratchBuffer
                for pass in 0..<passes {
                    let base = pass * buckets
                    // A digit all keys share moves nothing: skip the pass.
                    if counts[base..<base + buckets].contains(count) { continue }
                    var offset = 0
                    for bucket in base..<base + buckets {
                        let n = counts[bucket]
                        counts[bucket] = offset
                        offset += n
                    }
                    let shift = UInt64(pass * digitBits)
                    for key in source {
                        let bucket = base + Int((key >> shift) & UInt64(buckets - 1))
                        target[counts[bucket]] = key
                        counts[bucket] += 1
                    }
                    swap(&source, &target)
                }
                if source.baseAddress != keysBuffer.baseAddress {
                    _ = keysBuffer.update(fromContentsOf: source)
                }
            }
        }
    }
}
