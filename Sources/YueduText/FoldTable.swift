/// The search fold in one pass for text of common characters (ASCII,
/// Latin-1, punctuation, kana, ideographs, hangul syllables, fullwidth
/// forms), which is nearly all of it: each character's fold is looked up,
/// and whether t2s could change it comes with it. Chinese text always holds
/// fullwidth punctuation (，→ ,), so without this every article went
/// through ICU (three passes, two of them conversions) and then a fourth
/// pass for the t2s check.
///
/// Sound for the same reason as `TitleKeyTable`: every tabled character
/// was folded alone by ICU and is tabled only if that gave itself (a
/// starter: no character of these blocks composes with it or with a
/// neighbour) or one ASCII character, so folding such text whole is folding
/// it character by character. Anything else takes the general path.
enum FoldTable {
    /// The fold without t2s, and whether t2s could change it; nil when `s`
    /// has a character outside the table.
    static func fold(_ s: String) -> (folded: String, mayChange: Bool)? {
        table.withUnsafeBufferPointer { table in
            s.utf8.withContiguousStorageIfAvailable { bytes -> (String, Bool)? in
                var complete = true, mayChange = false
                // Folding never lengthens tabled text: one ASCII byte or the same bytes.
                let folded = String(unsafeUninitializedCapacity: bytes.count) { out in
                    var i = 0, o = 0
                    let n = bytes.count
                    while i < n {
                        let b = bytes[i]
                        // The table covers the BMP: a four-byte scalar is outside it.
                        if b >= 0xF0 { complete = false; return 0 }
                        let (v, length) = UTF8Scalar.decode(bytes, at: i)
                        let entry = table[Int(v)]
                        if entry & Entry.ascii != 0 {
                            out[o] = UInt8(truncatingIfNeeded: entry); o += 1
                        } else if entry & Entry.fixed != 0 {
                            if entry & Entry.changedByT2S != 0 { mayChange = true }
                            for k in 0..<length { out[o + k] = bytes[i + k] }
                            o += length
                        } else {
                            complete = false; return 0
                        }
                        i += length
                    }
                    return o
                }
                return complete ? (folded, mayChange) : nil
            } ?? nil
        }
    }

    /// One entry per BMP code point: 0 (not tabled), `fixed` (optionally
    /// with `changedByT2S`), or `ascii | byte`.
    private enum Entry {
        static let fixed: UInt16 = 1, ascii: UInt16 = 0x100, changedByT2S: UInt16 = 0x8000
    }

    static let blocks = [0x00...0xFF, 0x2000...0x206F, 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                         0xAC00...0xD7A3, 0xFF00...0xFFEF]

    private static let table: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0x10000)
        let changing = TraditionalToSimplified.changing
        func enter(_ scalar: Unicode.Scalar, foldedCount: Int, first: UInt32) {
            let v = Int(scalar.value)
            if foldedCount == 1, first == scalar.value, scalar.properties.canonicalCombiningClass == .notReordered {
                table[v] = Entry.fixed | (changing.contains(scalar.value) ? Entry.changedByT2S : 0)
            } else if foldedCount == 1, first < 0x80 {
                table[v] = Entry.ascii | UInt16(first)
            }
        }
        let scalars = blocks.joined().compactMap { Unicode.Scalar(UInt32($0)) }
        // One ICU call for all: a line feed between two scalars keeps them
        // apart (it is a starter and folds to itself). Built and read as
        // UTF-8 bytes: every process that folds text builds this table, and
        // String's scalar views cost more than ICU here.
        var joined: [UInt8] = []
        joined.reserveCapacity(scalars.count * 4)
        for scalar in scalars {
            UTF8.encode(scalar) { joined.append($0) }
            joined.append(0x0A)
        }
        var k = 0, count = 0, first: UInt32 = 0x0A
        var folded = NFKCCaseFold.apply(String(decoding: joined, as: UTF8.self))
        folded.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let (value, length) = UTF8Scalar.decode(bytes, at: i)
                i += length
                if value == 0x0A {
                    if k < scalars.count { enter(scalars[k], foldedCount: count, first: first) }
                    k += 1; count = 0
                } else {
                    if count == 0 { first = value }
                    count += 1
                }
            }
        }
        if k != scalars.count {
            // Not one line per scalar after all: fold each alone.
            table = [UInt16](repeating: 0, count: 0x10000)
            for scalar in scalars {
                let folded = NFKCCaseFold.apply(String(scalar)).unicodeScalars
                enter(scalar, foldedCount: folded.count, first: folded.first?.value ?? 0x0A)
            }
        }
        return table
    }()
}
