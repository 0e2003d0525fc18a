#if canImport(Glibc)
import Glibc
#endif
import YueduText

/// Title keys and the article holding each (nil once several do), looked up
/// by a key's UTF-8 bytes: `stats` looks up 600,000 related items' keys at
/// 100,000 articles, and a String and a Dictionary probe for each cost more
/// than the rest of the count. An open-addressing table over one byte arena.
struct TitleKeyHolders {
    private struct Entry {
        var hash: UInt64
        var bytes: Range<Int>
        var holder: Int64?
    }

    private var slots: [Int32]  // index into `entries`, -1 when empty
    /// A slot is the top bits of a key's hash: 64 minus this many.
    private var shift: UInt64
    private var entries: [Entry] = []
    private var arena: [UInt8] = []

    /// `capacity`: about the number of keys that will be added (the table
    /// grows past it).
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        entries.reserveCapacity(capacity)
    }

    /// Records that article `id` holds `key`.
    mutating func add(_ key: String, id: Int64) {
        var key = key
        key.withUTF8 { bytes in
            let hash = Self.hash(bytes)
            var i = slot(hash)
            while slots[i] >= 0 {
                let e = Int(slots[i])
                if entries[e].hash == hash, equal(entries[e].bytes, bytes) {
                    entries[e].holder = nil
                    return
                }
                i = (i + 1) & (slots.count - 1)
            }
            slots[i] = Int32(entries.count)
            entries.append(Entry(hash: hash, bytes: arena.count..<arena.count + bytes.count, holder: id))
            arena.append(contentsOf: bytes)
        }
        if entries.count * 2 > slots.count { grow() }
    }

    /// Doubles the table, keeping it at most half full.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        shift -= 1
        for (e, entry) in entries.enumerated() {
            var i = slot(entry.hash)
            while slots[i] >= 0 { i = (i + 1) & (slots.count - 1) }
            slots[i] = Int32(e)
        }
    }

    /// nil when no article holds `key`; else the one that does, or nil inside when several do.
    func holder(of key: UnsafeBufferPointer<UInt8>) -> Int64?? {
        let hash = Self.hash(key)
        var i = slot(hash)
        while slots[i] >= 0 {
            let e = entries[Int(slots[i])]
            if e.hash == hash, equal(e.bytes, key) { return .some(e.holder) }
            i = (i + 1) & (slots.count - 1)
        }
        return nil
    }

    private func equal(_ stored: Range<Int>, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stored.count == key.count else { return false }
        guard let keyBytes = key.baseAddress, !stored.isEmpty else { return true }
        return arena.withUnsafeBufferPointer { a in memcmp(a.baseAddress! + stored.lowerBound, keyBytes, stored.count) == 0 }
    }

    private func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> shift) }

    /// FNV-1a, then a Fibonacci multiply so that the top bits (the slot)
    /// depend on every byte: FNV's own spread them poorly, and probes ran long.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        FNV1a.hash(bytes) &* 0x9E37_79B9_7F4A_7C15
    }
}
