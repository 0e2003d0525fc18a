import CLineBreak

/// libc `wcwidth` under C.UTF-8 for every code point, computed once (about
/// 4 ms) so that widths never depend on the process locale (W2: the width the
/// layout uses is exactly what ncurses and tmux, both on glibc, advance).
enum LibcWidth {
    /// −1 (libc does not know it), 0, 1 or 2.
    @inline(__always)
    static func of(_ value: UInt32) -> Int {
        if value >= 0x20 && value < 0x7F { return 1 }
        return Int(table.width(value))
    }

    /// The table itself, for loops that look up many code points: one
    /// access instead of a lazy-global check per lookup.
    static let table = WidthTable()
}

/// Two-level table: 4,352 pages of 256 code points, identical pages shared,
/// so the lookup stays in cache (a flat table would be 1.1 MB).
struct WidthTable: Sendable {
    private let pageOfBlock: [UInt16]
    private let pages: [Int8]

    init() {
        let count = 0x110000
        var raw = [Int8](repeating: -1, count: count)
        let status = raw.withUnsafeMutableBufferPointer { yuedu_fill_libc_widths($0.baseAddress!, UInt32(count)) }
        precondition(status == 0, "yuedu needs the C.UTF-8 locale to measure text (glibc's C.UTF-8 is missing)")
        var pageOfBlock = [UInt16](repeating: 0, count: count >> 8)
        var pages: [Int8] = []
        var known: [ArraySlice<Int8>: UInt16] = [:]
        for block in 0..<(count >> 8) {
            let page = raw[(block << 8)..<((block + 1) << 8)]
            if let index = known[page] {
                pageOfBlock[block] = index
            } else {
                let index = UInt16(pages.count >> 8)
                known[page] = index
                pages.append(contentsOf: page)
                pageOfBlock[block] = index
            }
        }
        self.pageOfBlock = pageOfBlock
        self.pages = pages
    }

    /// Same as `LibcWidth.of`.
    @inline(__always)
    func columns(_ value: UInt32) -> Int {
        if value >= 0x20 && value < 0x7F { return 1 }
        return Int(width(value))
    }

    @inline(__always)
    func width(_ value: UInt32) -> Int8 {
        guard value < 0x110000 else { return -1 }
        return pages[Int(pageOfBlock[Int(value >> 8)]) << 8 | Int(value & 0xFF)]
    }
}
