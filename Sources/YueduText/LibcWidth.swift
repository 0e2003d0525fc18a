import CLineBreak

/// libc `wcwidth` under C.UTF-8 for every code point, generated into the
/// source (scripts/generate-width-table.py), so starting costs nothing and
/// widths never depend on the process locale (W2: the width the layout uses
/// is exactly what ncurses and tmux, both on glibc, advance).
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

    /// What libc says now, code point by code point (about 4 ms): the
    /// oracle the generated table is tested against.
    static func measured() -> [Int8]? {
        var raw = [Int8](repeating: -1, count: 0x110000)
        let status = raw.withUnsafeMutableBufferPointer { yuedu_fill_libc_widths($0.baseAddress!, UInt32($0.count)) }
        return status == 0 ? raw : nil
    }
}

/// Two-level table: 4,352 pages of 256 code points, identical pages shared,
/// so the lookup stays in cache (a flat table would be 1.1 MB).
struct WidthTable: @unchecked Sendable {  // constant C arrays, never written
    private let pageOfBlock = yuedu_width_page_of_block()!
    private let pages = yuedu_width_pages()!

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
