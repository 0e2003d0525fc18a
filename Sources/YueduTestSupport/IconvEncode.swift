import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `text` in `encoding`, by glibc iconv, as a file written in that encoding
/// would be: the decoding tests build their fixtures from known text, so
/// every decode can be compared with the original.
public func encode(_ text: String, to encoding: String) throws -> [UInt8] {
    let cd = iconv_open(encoding, "UTF-8")
    guard let cd, Int(bitPattern: cd) != -1 else { throw SpawnError("iconv does not know \(encoding)") }
    defer { iconv_close(cd) }
    var input = Array(text.utf8)
    var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
    let written: Int = input.withUnsafeMutableBytes { inRaw in
        output.withUnsafeMutableBytes { outRaw in
            var inPointer: UnsafeMutablePointer<CChar>? = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
            var outPointer: UnsafeMutablePointer<CChar>? = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
            var inLeft = inRaw.count, outLeft = outRaw.count
            guard iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return -1 }
            return outRaw.count - outLeft
        }
    }
    guard written >= 0 else { throw SpawnError("\(encoding) cannot encode the text") }
    return Array(output[..<written])
}
