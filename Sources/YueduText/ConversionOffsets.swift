/// Where Characters of a text land in its script conversion, and back.
///
/// The two texts are tiled by spans that correspond exactly: OpenCC converts
/// each of its maximal-match segments on its own, so a segment boundary (and
/// a boundary every conversion step shares inside one) is exact. Inside a span
/// of equal length on both sides (single characters, 乾燥 → 干燥) offsets map
/// one to one; inside one that changes length (计算机 → 電腦) a start rounds
/// to the span's start and an end to its end, so a highlight covers the whole
/// converted phrase.
public struct ConversionOffsets: Hashable, Sendable {
    /// Span starts, ascending, the first 0; span i ends where span i + 1 starts.
    private var originalStarts: [Int]
    private var convertedStarts: [Int]
    public let originalCount: Int
    public let convertedCount: Int

    /// The map of a text to itself.
    public static func identity(count: Int) -> ConversionOffsets {
        ConversionOffsets(exactPoints: [(0, 0), (count, count)])
    }

    /// From exact points (original, converted) in Character offsets,
    /// ascending, starting at (0, 0) and ending at both texts' counts. Runs of
    /// equal-length spans merge into one: they map one to one anyway.
    init(exactPoints points: [(Int, Int)]) {
        originalCount = points.last?.0 ?? 0
        convertedCount = points.last?.1 ?? 0
        originalStarts = []
        convertedStarts = []
        var previousLinear = false
        for i in 0..<max(points.count - 1, 0) {
            let (o, c) = points[i]
            let linear = points[i + 1].0 - o == points[i + 1].1 - c
            if i > 0 && linear && previousLinear { continue }
            originalStarts.append(o)
            convertedStarts.append(c)
            previousLinear = linear
        }
        if originalStarts.isEmpty { originalStarts = [0]; convertedStarts = [0] }
    }

    /// How many spans the texts are tiled by (tests and curiosity).
    public var spanCount: Int { originalStarts.count }

    /// Where the Character at `offset` of the original shows in the
    /// converted text (inside a phrase that changed length: the phrase's start).
    public func converted(_ offset: Int) -> Int {
        Self.map(offset, from: originalStarts, originalCount, to: convertedStarts, convertedCount, roundUp: false)
    }

    /// The converted text an original range shows as; a range that ends
    /// inside a converted phrase takes the whole phrase.
    public func converted(_ range: Range<Int>) -> Range<Int> {
        let lower = converted(range.lowerBound)
        let upper = Self.map(range.upperBound, from: originalStarts, originalCount, to: convertedStarts,
                             convertedCount, roundUp: true)
        return lower..<max(lower, upper)
    }

    /// Where the Character at `offset` of the converted text comes from in
    /// the original (a reading position kept when the conversion is turned off).
    public func original(_ offset: Int) -> Int {
        Self.map(offset, from: convertedStarts, convertedCount, to: originalStarts, originalCount, roundUp: false)
    }

    public func original(_ range: Range<Int>) -> Range<Int> {
        let lower = original(range.lowerBound)
        let upper = Self.map(range.upperBound, from: convertedStarts, convertedCount, to: originalStarts,
                             originalCount, roundUp: true)
        return lower..<max(lower, upper)
    }

    /// The exact points: every span start, and both ends.
    public var exactPoints: [(original: Int, converted: Int)] {
        Array(zip(originalStarts, convertedStarts)) + [(originalCount, convertedCount)]
    }

    private static func map(_ offset: Int, from starts: [Int], _ count: Int, to targets: [Int], _ targetCount: Int,
                            roundUp: Bool) -> Int {
        if offset <= 0 { return 0 }
        if offset >= count { return targetCount }
        // The last span starting at or before offset.
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let start = starts[low], target = targets[low]
        let end = low + 1 < starts.count ? starts[low + 1] : count
        let targetEnd = low + 1 < targets.count ? targets[low + 1] : targetCount
        if offset == start { return target }
        if end - start == targetEnd - target { return target + (offset - start) }
        return roundUp ? targetEnd : target
    }
}
