/// `TitleKey.normalize` for titles made only of ASCII, ideographs, and
/// general, CJK and fullwidth punctuation, which is nearly every title:
/// each such character's key is looked up, not computed. Going through
/// Foundation (NSString bridging, NFKC, folding) and Unicode property
/// lookups cost more per title than the rest of preparing it.
///
/// Sound because every character in the table normalizes alone: each was
/// put through `normalizeThroughFoundation` on its own, and is kept only if
/// that gave nothing, itself (a starter: no neighbour composes with it), or
/// one ASCII character; NFKC composes none of those with a neighbour from
/// the table, and case folding and the category filter work one character
/// at a time. A title with any other character takes the Foundation path.
enum TitleKeyTable {
    /// nil when `title` has a character outside the table.
    static func normalize(_ title: String) -> String? {
        table.withUnsafeBufferPointer { table in
            title.utf8.withContiguousStorageIfAvailable { bytes -> String? in
                var complete = true
                let key = String(unsafeUninitializedCapacity: bytes.count) { out in
                    var i = 0, o = 0
                    let n = bytes.count
                    while i < n {
                        let (scalar, length) = UTF8Scalar.decode(bytes, at: i)
                        i += length
                        // The table covers the BMP's three-byte scalars and below.
                        guard length < 4 else { complete = false; return 0 }
                        let v = Int(scalar)
                        let entry = table[v]
                        switch entry {
                        case Entry.unknown: complete = false; return 0
                        case Entry.drop: continue
                        case Entry.keep:
                            // The scalar as it was: the bytes just read.
                            for k in (i - length)..<i { out[o] = bytes[k]; o += 1 }
                        default:
                            out[o] = UInt8(truncatingIfNeeded: entry); o += 1
                        }
                    }
                    return o
                }
                return complete ? key : nil
            } ?? nil
        }
    }

    /// One entry per BMP code point: unknown, drop, keep, or `ascii | byte`.
    private enum Entry {
        static let unknown: UInt16 = 0, drop: UInt16 = 1, keep: UInt16 = 2, ascii: UInt16 = 0x100
    }

    private static let table: [UInt16] = {
        var table = [UInt16](repeating: Entry.unknown, count: 0x10000)
        // Ideographs have no decomposition or case; only the category (some
        // may be unassigned in this Unicode version) decides.
        for range in [0x3400...0x4DBF, 0x4E00...0x9FFF] {
            for v in range where Unicode.Scalar(UInt32(v))!.properties.generalCategory == .otherLetter {
                table[v] = Entry.keep
            }
        }
        // Latin-1 (· in names), general punctuation, CJK punctuation,
        // fullwidth ASCII.
        for range in [0x00...0xFF, 0x2000...0x206F, 0x3000...0x303F, 0xFF01...0xFF5E] {
            for v in range {
                let scalar = Unicode.Scalar(UInt32(v))!
                let key = TitleKey.normalizeThroughFoundation(String(scalar)).unicodeScalars
                if key.isEmpty {
                    table[v] = Entry.drop
                } else if key.count == 1, key.first! == scalar, scalar.properties.canonicalCombiningClass == .notReordered {
                    table[v] = Entry.keep
                } else if key.count == 1, key.first!.isASCII {
                    table[v] = Entry.ascii | UInt16(key.first!.value)
                }
            }
        }
        return table
    }()
}
