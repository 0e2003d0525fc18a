/// Rewrites entity references before libxml2 sees them. After its first
/// well-formedness error libxml2 drops every later entity reference, even
/// `&lt;`, so one `&nbsp;` (common: feeds are written by HTML templates)
/// would lose the markup of every description after it. So, outside CDATA:
/// - the five XML entities stay;
/// - HTML's common named entities become numeric references;
/// - any other name becomes literal text (`&amp;name;`): no entity declared
///   in a DOCTYPE is ever expanded, which also ends entity-expansion bombs;
/// - numeric references to characters XML forbids (controls) are dropped.
enum EntityReferences {
    static func rewrite(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "&")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "<"), starts(bytes, at: i, cdataOpen) {
                let end = find(bytes, cdataClose, from: i + cdataOpen.count).map { $0 + cdataClose.count } ?? n
                out += bytes[i..<end]
                i = end
                continue
            }
            guard b == UInt8(ascii: "&") else { out.append(b); i += 1; continue }
            var j = i + 1
            while j < n, j - i <= 32, isNameByte(bytes[j]) { j += 1 }
            guard j < n, bytes[j] == UInt8(ascii: ";"), j > i + 1 else { out.append(b); i += 1; continue }
            let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
            if name.hasPrefix("#") {
                if let value = numericValue(name), !isAllowedInXML(value) {
                    i = j + 1  // a control character: never text, and an error libxml2 would stop entities at
                    continue
                }
                out += bytes[i...j]
            } else if predefined.contains(name) {
                out += bytes[i...j]
            } else if let code = html[name] {
                out += Array("&#\(code);".utf8)
            } else {
                out += Array("&amp;".utf8) + bytes[(i + 1)...j]
            }
            i = j + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let cdataOpen = Array("<![CDATA[".utf8)
    private static let cdataClose = Array("]]>".utf8)
    private static let predefined: Set<String> = ["lt", "gt", "amp", "quot", "apos"]
    private static let html: [String: Int] = [
        "nbsp": 160, "iexcl": 161, "cent": 162, "pound": 163, "yen": 165, "sect": 167, "copy": 169, "laquo": 171, "reg": 174,
        "deg": 176, "plusmn": 177, "middot": 183, "para": 182, "raquo": 187, "iquest": 191, "times": 215, "divide": 247,
        "ensp": 8194, "emsp": 8195, "thinsp": 8201, "ndash": 8211, "mdash": 8212, "lsquo": 8216, "rsquo": 8217, "ldquo": 8220,
        "rdquo": 8221, "bull": 8226, "hellip": 8230, "prime": 8242, "euro": 8364, "trade": 8482, "larr": 8592, "rarr": 8594,
    ]

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "#")
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
    }

    private static func numericValue(_ name: String) -> UInt32? {
        let digits = name.dropFirst()
        if digits.first == "x" || digits.first == "X" { return UInt32(digits.dropFirst(), radix: 16) }
        return UInt32(digits)
    }

    /// XML 1.0's Char production.
    private static func isAllowedInXML(_ v: UInt32) -> Bool {
        v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || (0x10000...0x10FFFF).contains(v)
    }

    private static func starts(_ bytes: [UInt8], at i: Int, _ literal: [UInt8]) -> Bool {
        i + literal.count <= bytes.count && bytes[i..<(i + literal.count)].elementsEqual(literal)
    }

    private static func find(_ bytes: [UInt8], _ literal: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + literal.count <= bytes.count {
            if bytes[i] == literal[0], starts(bytes, at: i, literal) { return i }
            i += 1
        }
        return nil
    }
}
