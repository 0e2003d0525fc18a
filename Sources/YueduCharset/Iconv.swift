import Glibc

/// glibc iconv from a named encoding to UTF-8. Strict: the first byte that is
/// not valid in the source encoding stops the conversion and is reported, so
/// a wrong guess is detected instead of producing silent mojibake.
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
        _ = iconv(handle, nil, nil, nil, nil)  // reset shift state between uses
        guard let base = input.baseAddress, input.count > 0 else { return .converted([]) }
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var written = 0
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
            if errorCode == E2BIG {
                output.append(contentsOf: repeatElement(0, count: output.count))
                continue
            }
            return .invalid(offset: input.count - inLeft)
        }
        output.removeSubrange(written...)
        return .converted(output)
    }
}
