/// The charset parameter of a Content-Type header value.
public enum ContentType {
    /// `text/html; charset="gbk"` gives "gbk"; nil when there is no charset
    /// parameter (or it is empty). Parameter names are case-insensitive;
    /// values may be quoted, with backslash escapes.
    public static func charset(_ headerValue: String) -> String? {
        let bytes = Array(headerValue.utf8)
        guard var i = bytes.firstIndex(of: UInt8(ascii: ";")) else { return nil }
        while i < bytes.count {
            i += 1  // past ';'
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            let nameStart = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ";") { i += 1 }
            let name = EncodingLabel.asciiLowercased(String(decoding: bytes[nameStart..<i], as: UTF8.self))
            guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { continue }
            i += 1
            var value: [UInt8] = []
            if i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                    if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count { i += 1 }
                    value.append(bytes[i])
                    i += 1
                }
                while i < bytes.count, bytes[i] != UInt8(ascii: ";") { i += 1 }
            } else {
                while i < bytes.count, bytes[i] != UInt8(ascii: ";") { value.append(bytes[i]); i += 1 }
                while let last = value.last, isSpace(last) { value.removeLast() }
            }
            if name == "charset", !value.isEmpty { return String(decoding: value, as: UTF8.self) }
        }
        return nil
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
}
