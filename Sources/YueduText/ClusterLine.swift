/// One line of sanitized text measured once: for every grapheme cluster its
/// width, leading code point and position in UTF-8 and UTF-16. Everything
/// the wrapper decides is made on these arrays, so no per-cluster strings
/// are allocated.
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
    private(set) var utf16Count: Int32 = 0

    var count: Int { width.count }

    init(_ text: String) {
        self.text = text
        let estimate = text.utf8.count / 2 + 1
        utf8Start.reserveCapacity(estimate + 1)
        utf16Start.reserveCapacity(estimate)
        width.reserveCapacity(estimate)
        lead.reserveCapacity(estimate)
        isSpace.reserveCapacity(estimate)
        var utf8Offset = 0
        var utf16Offset: Int32 = 0
        for cluster in text {
            utf8Start.append(utf8Offset)
            utf16Start.append(utf16Offset)
            var clusterWidth = 0
            var first: UInt32 = 0
            var scalarCount = 0
            for scalar in cluster.unicodeScalars {
                let v = scalar.value
                if scalarCount == 0 { first = v }
                scalarCount += 1
                clusterWidth += max(LibcWidth.of(v), 0)
                utf8Offset += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
                utf16Offset += v < 0x10000 ? 1 : 2
            }
            width.append(clusterWidth)
            lead.append(first)
            isSpace.append(first == 0x20 && scalarCount == 1)
        }
        utf8Start.append(utf8Offset)
        utf16Count = utf16Offset
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
