/// One line of sanitized text measured once: for every grapheme cluster its
/// width, leading code point and position in UTF-8 and UTF-16, plus the
/// UTF-16 copy ICU reads. Everything the wrapper decides is made on these
/// arrays, so no per-cluster strings are allocated.
struct ClusterLine {
    let text: String
    /// Cluster i spans UTF-8 offsets utf8Start[i]..<utf8Start[i+1].
    private(set) var utf8Start: [Int] = []
    /// UTF-16 offset of each cluster's start (ICU works in UTF-16).
    private(set) var utf16Start: [Int32] = []
    private(set) var width: [Int] = []
    private(set) var lead: [UInt32] = []
    /// An ASCII space on its own: dropped at breaks (L9), never overflows.
    private(set) var isSpace: [Bool] = []
    private(set) var utf16: [UInt16] = []

    var count: Int { width.count }

    init(_ text: String) {
        self.text = text
        // UTF-8 length bounds the number of clusters and of UTF-16 units.
        let estimate = text.utf8.count + 1
        utf8Start.reserveCapacity(estimate + 1)
        utf16Start.reserveCapacity(estimate)
        width.reserveCapacity(estimate)
        lead.reserveCapacity(estimate)
        isSpace.reserveCapacity(estimate)
        utf16.reserveCapacity(estimate)
        if !measureScalarsAsClusters() {
            removeAll()
            measureCharacters()
        }
    }

    private mutating func removeAll() {
        utf8Start.removeAll(keepingCapacity: true); utf16Start.removeAll(keepingCapacity: true)
        width.removeAll(keepingCapacity: true); lead.removeAll(keepingCapacity: true)
        isSpace.removeAll(keepingCapacity: true); utf16.removeAll(keepingCapacity: true)
    }

    /// The fast path: when every scalar is one that never joins its
    /// neighbours in a grapheme cluster (ASCII, CJK, kana, hangul
    /// syllables, fullwidth forms: GB999 between any two of them), each
    /// scalar is a cluster and Swift's grapheme breaking can be skipped.
    /// Returns false, having measured garbage, when some scalar is not.
    private mutating func measureScalarsAsClusters() -> Bool {
        let utf8 = text.utf8
        let widths = LibcWidth.table
        // Native strings are contiguous UTF-8: decode by hand, which is
        // several times cheaper than the scalar iterator on this hot path.
        let decoded = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0
            while i < bytes.count {
                let (v, length) = UTF8Scalar.decode(bytes, at: i)
                guard appendPlainScalar(v, utf8Offset: i, widths: widths) else { return false }
                i += length
            }
            utf8Start.append(bytes.count)
            return true
        }
        if let decoded { return decoded }
        var utf8Offset = 0
        for scalar in text.unicodeScalars {
            guard appendPlainScalar(scalar.value, utf8Offset: utf8Offset, widths: widths) else { return false }
            utf8Offset += UTF8.width(scalar)
        }
        utf8Start.append(utf8Offset)
        return true
    }

    @inline(__always)
    private mutating func appendPlainScalar(_ v: UInt32, utf8Offset: Int, widths: WidthTable) -> Bool {
        guard ScalarRules.isPlain(v) else { return false }
        utf8Start.append(utf8Offset)
        utf16Start.append(Int32(utf16.count))
        width.append(widths.columns(v))
        lead.append(v)
        isSpace.append(v == 0x20)
        appendUTF16(v)
        return true
    }

    private mutating func measureCharacters() {
        var utf8Offset = 0
        for cluster in text {
            utf8Start.append(utf8Offset)
            utf16Start.append(Int32(utf16.count))
            var clusterWidth = 0
            var first: UInt32 = 0
            var scalarCount = 0
            for scalar in cluster.unicodeScalars {
                let v = scalar.value
                if scalarCount == 0 { first = v }
                scalarCount += 1
                clusterWidth += max(LibcWidth.of(v), 0)
                utf8Offset += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
                appendUTF16(v)
            }
            width.append(clusterWidth)
            lead.append(first)
            isSpace.append(first == 0x20 && scalarCount == 1)
        }
        utf8Start.append(utf8Offset)
    }

    @inline(__always)
    private mutating func appendUTF16(_ v: UInt32) {
        if v < 0x10000 {
            utf16.append(UInt16(v))
        } else {
            utf16.append(UInt16(0xD800 + ((v - 0x10000) >> 10)))
            utf16.append(UInt16(0xDC00 + ((v - 0x10000) & 0x3FF)))
        }
    }

    /// The text of clusters `range`.
    func slice(_ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: utf8Start[range.lowerBound])
        let upper = utf8.index(utf8.startIndex, offsetBy: utf8Start[range.upperBound])
        return text[lower..<upper]
    }

    func width(of range: Range<Int>) -> Int {
        var total = 0
        for i in range { total += width[i] }
        return total
    }
}
