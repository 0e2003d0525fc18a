/// Checks UTF-8 without building a String, so the importer can say where the
/// first bad byte is and whether the text merely stops inside a character
/// (a truncated file) rather than being in another encoding.
package enum UTF8Validator {
    package struct Problem: Equatable {
        /// Offset of the first byte that does not start a valid sequence.
        package var offset: Int
        /// True when the bytes from `offset` to the end are the beginning of a
        /// valid sequence that the input cut short.
        package var truncatedAtEnd: Bool
    }

    /// nil when `bytes` is valid UTF-8.
    package static func firstProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return Problem(offset: i, truncatedAtEnd: false)
            }
            // The second byte has the narrowed range; later ones are plain continuations.
            for k in 1..<length {
                guard i + k < n else { return Problem(offset: i, truncatedAtEnd: true) }
                let b = bytes[i + k]
                let ok = k == 1 ? (b >= low && b <= high) : (b >= 0x80 && b <= 0xBF)
                if !ok { return Problem(offset: i, truncatedAtEnd: false) }
            }
            i += length
        }
        return nil
    }

    /// Counts valid multi-byte sequences and bytes that start no valid
    /// sequence: text that is UTF-8 with a stray bad byte has many of the
    /// first and few of the second, text in GB18030 or Big5 the reverse.
    package static func census(_ bytes: UnsafeBufferPointer<UInt8>) -> (multiByte: Int, invalid: Int) {
        var multiByte = 0, invalid = 0, i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 { i += 1; continue }
            let rest = UnsafeBufferPointer(rebasing: bytes[i...])
            if let problem = firstProblem(UnsafeBufferPointer(rebasing: rest[..<min(rest.count, 4)])),
               problem.offset == 0 {
                invalid += 1; i += 1
            } else {
                multiByte += 1
                i += sequenceLength(bytes[i])
            }
        }
        return (multiByte, invalid)
    }

    /// `bytes` with one U+FFFD for each byte that starts no valid sequence.
    package static func replacingInvalid(_ bytes: UnsafeBufferPointer<UInt8>) -> LenientConversion {
        var result = LenientConversion(utf8: [], invalidCount: 0, firstInvalid: nil)
        result.utf8.reserveCapacity(bytes.count + 16)
        var start = 0
        while start < bytes.count {
            let rest = UnsafeBufferPointer(rebasing: bytes[start...])
            guard let problem = firstProblem(rest) else { result.utf8.append(contentsOf: rest); break }
            result.utf8.append(contentsOf: rest[..<problem.offset])
            result.utf8.append(contentsOf: [0xEF, 0xBF, 0xBD])
            if result.firstInvalid == nil { result.firstInvalid = start + problem.offset }
            result.invalidCount += 1
            start += problem.offset + 1
        }
        return result
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }
}
