import YueduModel
import YueduTestSupport

/// The corpus's draws on the shared generator (YueduTestSupport's SplitMix64).
extension SplitMix64 {
    /// An independent stream for item `index` of the corpus seeded by `seed`:
    /// any article can be regenerated alone, without generating those before it.
    init(seed: UInt64, stream: UInt64, index: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        let base = mixer.next()
        self.init(seed: base ^ (index &* 0xD1B5_4A32_D192_ED03))
        _ = next()
    }

    /// Uniform in 0..<bound (Lemire's multiply-high; the tiny bias is irrelevant here).
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Uniform in the closed range.
    mutating func within(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// An index into a list of `count` items, skewed towards the front so that
    /// early words are common and late ones rare, as in real text (roughly Zipf).
    mutating func skewed(_ count: Int) -> Int {
        let u = unit()
        return min(count - 1, Int(u * u * u * Double(count)))
    }

    /// The smaller of two uniforms: short values common, long ones rarer, as
    /// with the lengths of news paragraphs.
    mutating func lowish(_ range: ClosedRange<Int>) -> Int {
        min(within(range), within(range))
    }
}
