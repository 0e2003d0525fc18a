import Glibc

extension String {
    /// The lines of text split at LF, CRLF and CR (Swift reads CRLF as one
    /// Character), terminators dropped; the whole text when it has none.
    package var linesSplitAtAnyLineEnd: [Substring] {
        let units = utf8
        // Most paragraphs hold no line end: memchr tells that fastest.
        let hasLineEnd = units.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, 0x0A, bytes.count) != nil || memchr($0, 0x0D, bytes.count) != nil }
                ?? false
        }
        guard hasLineEnd ?? true else { return [self[...]] }
        // Scans UTF-8 code units: comparing Characters is many times slower.
        var lines: [Substring] = []
        var start = units.startIndex
        var i = start
        while i != units.endIndex {
            let unit = units[i]
            if unit == 0x0A || unit == 0x0D {
                lines.append(self[start..<i])
                var next = units.index(after: i)
                if unit == 0x0D, next != units.endIndex, units[next] == 0x0A { next = units.index(after: next) }
                start = next
                i = next
            } else {
                i = units.index(after: i)
            }
        }
        lines.append(self[start..<units.endIndex])
        return lines
    }
}
