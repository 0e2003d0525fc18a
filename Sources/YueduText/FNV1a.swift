/// 64-bit FNV-1a, the one hash behind article keys, content hashes and the
/// bench's import digest: those values are stored or compared across
/// versions, so its constants must never change.
package struct FNV1a {
    package static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    package static let prime: UInt64 = 0x0000_0100_0000_01b3

    package private(set) var value: UInt64

    /// `continuing` resumes a digest (or starts from another seed).
    package init(continuing value: UInt64 = FNV1a.offsetBasis) { self.value = value }

    /// The hash of `bytes` alone.
    package static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hasher = FNV1a()
        hasher.add(bytes)
        return hasher.value
    }

    @inlinable
    package mutating func add(byte: UInt8) { value = (value ^ UInt64(byte)) &* Self.prime }

    package mutating func add<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        // Over contiguous bytes with the state in a register: FNV-1a is one
        // multiply chain, and a view's iterator added work to each link.
        let mixed = bytes.withContiguousStorageIfAvailable { bytes -> UInt64 in
            var hash = value
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* Self.prime }
            return hash
        }
        if let mixed { value = mixed } else { for byte in bytes { add(byte: byte) } }
    }

    /// `text`'s UTF-8 after its length as 8 little-endian bytes, so moving
    /// text between consecutive fields changes the hash.
    package mutating func addLengthPrefixed(_ text: String) {
        var length = UInt64(text.utf8.count)
        for _ in 0..<8 { add(byte: UInt8(truncatingIfNeeded: length)); length >>= 8 }
        add(text.utf8)
    }
}
