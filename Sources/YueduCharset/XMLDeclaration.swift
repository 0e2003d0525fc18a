/// The `encoding` pseudo-attribute of an XML declaration, read from bytes
/// before decoding: `<?xml version="1.0" encoding="gb2312"?>` gives "gb2312".
/// The declaration must open the document (XML 1.0 §2.8); leading
/// whitespace is tolerated because feeds served by PHP often start with it.
enum XMLDeclaration {
    static func encoding(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var i = 0
        while i < bytes.count, i < 64, isSpace(bytes[i]) { i += 1 }
        guard matches(bytes, at: i, "<?xml") else { return nil }
        let end = min(bytes.count, i + 512)
        i += 5
        while i < end {
            if bytes[i] == UInt8(ascii: "?") { return nil }  // "?>": no encoding named
            if matches(bytes, at: i, "encoding") {
                var j = i + 8
                while j < end, isSpace(bytes[j]) { j += 1 }
                guard j < end, bytes[j] == UInt8(ascii: "=") else { return nil }
                j += 1
                while j < end, isSpace(bytes[j]) { j += 1 }
                guard j < end, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") else { return nil }
                let quote = bytes[j]
                let start = j + 1
                guard let close = (start..<end).first(where: { bytes[$0] == quote }), close > start else { return nil }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<close]), as: UTF8.self)
            }
            i += 1
        }
        return nil
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        let p = literal.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { return false }
        return true
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
