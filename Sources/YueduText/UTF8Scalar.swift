/// Decodes one scalar of valid UTF-8 (a Swift String's storage always is)
/// straight from its bytes: the one decoder of the hot loops (search grams,
/// title keys, the script census, folding, layout) that walk every
/// character of every article, where `unicodeScalars` cost more than their
/// own work.
package enum UTF8Scalar {
    /// The scalar starting at `bytes[i]` and its length in bytes.
    @inlinable @inline(__always)
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F), 4)
    }
}
