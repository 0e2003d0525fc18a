/// Which part of the fold a text needs, found in one pass over its UTF-8:
/// every article's whole text is classified, so going through
/// `unicodeScalars` (as this did) cost more than the fold's ICU call.
enum FoldShape: Equatable {
    /// ASCII without upper case: every step of the fold leaves it alone.
    case lowercaseASCII
    /// ASCII with upper case: lower-casing is the whole fold.
    case ascii
    /// Lower-case ASCII, ideographs, kana and hangul syllables are fixed
    /// points of every step but t2s: such text needs no ICU call.
    case alreadyFolded
    /// Anything else goes through ICU.
    case other

    static func of(_ s: String) -> FoldShape {
        if let shape = s.utf8.withContiguousStorageIfAvailable(of) { return shape }
        return of(Array(s.utf8))
    }

    static func of(_ bytes: [UInt8]) -> FoldShape { bytes.withUnsafeBufferPointer(of) }

    /// `bytes` must be valid UTF-8 (a String's).
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> FoldShape {
        var upper = false, ascii = true, folded = true
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b >= 0x41 && b <= 0x5A { upper = true; folded = false }
                else if !(b == 0x0A || (b >= 0x20 && b <= 0x40) || (b >= 0x5B && b <= 0x7E)) { folded = false }
                i += 1
                continue
            }
            ascii = false
            let (v, length) = UTF8Scalar.decode(bytes, at: i)
            i += length
            if !isFixedPoint(v) { folded = false }
            if !folded { return .other }
        }
        if ascii { return upper ? .ascii : .lowercaseASCII }
        return folded ? .alreadyFolded : .other
    }

    /// Non-ASCII code points that every step of the fold but t2s keeps.
    private static func isFixedPoint(_ v: UInt32) -> Bool {
        switch v {
        case 0x3001...0x3002, 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x3400...0x4DBF:
            return true
        default:
            return false
        }
    }
}
