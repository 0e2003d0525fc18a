import Glibc

/// glibc iconv from a named encoding to UTF-8. Strict by default: the first
/// byte that is not valid in the source encoding stops the conversion and is
/// reported, so a wrong guess is detected instead of producing silent
/// mojibake. The replacing mode writes U+FFFD for each such byte and counts them.
package final class Iconv {
    package let encodingName: String
    private let handle: iconv_t

    /// nil when iconv does not know `encodingName`.
    package init?(from encodingName: String) {
        let handle = iconv_open("UTF-8", encodingName)
        guard let handle, Int(bitPattern: handle) != -1 else { return nil }
        self.handle = handle
        self.encodingName = encodingName
    }

    deinit { iconv_close(handle) }

    package enum Outcome {
        case converted([UInt8])
        /// Offset of the first byte that is invalid or starts an incomplete sequence.
        case invalid(offset: Int)
    }

    package func convert(_ input: UnsafeBufferPointer<UInt8>) -> Outcome {
        let result = convert(input, replacingInvalid: false)
        if let offset = result.firstInvalid { return .invalid(offset: offset) }
        return .converted(result.utf8)
    }

    /// Every byte that starts no valid sequence becomes one U+FFFD, and
    /// conversion goes on from the byte after it.
    package func convertReplacingInvalid(_ input: UnsafeBufferPointer<UInt8>) -> LenientConversion {
        convert(input, replacingInvalid: true)
    }

    private func convert(_ input: UnsafeBufferPointer<UInt8>, replacingInvalid: Bool) -> LenientConversion {
        _ = iconv(handle, nil, nil, nil, nil)  // reset shift state between uses
        guard let base = input.baseAddress, input.count > 0 else { return LenientConversion(utf8: [], invalidCount: 0, firstInvalid: nil) }
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var written = 0
        var invalidCount = 0
        var firstInvalid: Int?
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base)
            .assumingMemoryBound(to: CChar.self)
        var inLeft = input.count
        while true {
            let capacity = output.count
            let (result, errorCode, outLeft) = output.withUnsafeMutableBytes { raw -> (Int, Int32, Int) in
                var outPointer: UnsafeMutablePointer<CChar>? = raw.baseAddress!
                    .advanced(by: written).assumingMemoryBound(to: CChar.self)
                var outLeft = capacity - written
                let result = inLeft > 0
                    ? iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                    : iconv(handle, nil, nil, &outPointer, &outLeft)
                return (result, errno, outLeft)
            }
            written = capacity - outLeft
            if result != -1 {
                if inLeft == 0 { break }
                continue
            }
            if errorCode == E2BIG || capacity - written < 3 {
                output.append(contentsOf: repeatElement(0, count: output.count))
                continue
            }
            let offset = input.count - inLeft
            if firstInvalid == nil { firstInvalid = offset }
            invalidCount += 1
            guard replacingInvalid else { break }
            output.replaceSubrange(written..<written + 3, with: [0xEF, 0xBF, 0xBD])
            written += 3
            inPointer = inPointer.map { $0 + 1 }
            inLeft -= 1
            if inLeft == 0 { break }
        }
        output.removeSubrange(written...)
        return LenientConversion(utf8: output, invalidCount: invalidCount, firstInvalid: firstInvalid)
    }
}

/// UTF-8 from a decode that went on past invalid bytes.
package struct LenientConversion {
    package var utf8: [UInt8]
    /// Bytes that started no valid sequence, each written as U+FFFD.
    package var invalidCount: Int
    package var firstInvalid: Int?
}
