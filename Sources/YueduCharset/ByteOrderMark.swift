/// A byte order mark at the start of the bytes: it decides the encoding
/// before any label does, as in browsers.
struct ByteOrderMark {
    var encoding: TextEncoding
    var length: Int

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            (encoding, length) = (.utf8, 3)
        } else if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            (encoding, length) = (.utf16LE, 2)
        } else if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            (encoding, length) = (.utf16BE, 2)
        } else {
            return nil
        }
    }
}
