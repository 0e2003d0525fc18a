/// Finds the encoding an HTML page declares in its head, before parsing,
/// as WHATWG's prescan does: <meta charset="..."> or <meta http-equiv=
/// "Content-Type" content="...; charset=...">, stepping over comments,
/// scripts and styles (a "<meta" inside a script string is not a
/// declaration). Unlike the standard's 1024 bytes it reads up to
/// `scanLimit`: real pages declare after kilobytes of scripts. It stops at <body>.
public enum HTMLCharsetPrescan {
    public static let scanLimit = 64 << 10

    /// The first declared label an encoding is known for; failing that, the
    /// first label declared at all (so a caller can say it was unknown).
    public static func declaredCharset(in bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { declaredCharset(in: $0) }
    }

    package static func declaredCharset(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var scanner = Scanner(bytes: UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, scanLimit)]))
        var firstUnknown: String?
        while let label = scanner.nextDeclaration() {
            if EncodingLabel.resolve(label) != nil { return label }
            if firstUnknown == nil { firstUnknown = label }
        }
        return firstUnknown
    }

    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// The label of the next <meta> that declares one; nil at <body> or the end.
        mutating func nextDeclaration() -> String? {
            while true {
                guard let lt = bytes[i...].firstIndex(of: UInt8(ascii: "<")) else { return nil }
                i = lt
                if starts(with: "<!--") {
                    i = end(of: "-->", from: i + 4)
                } else if starts(with: "</"), i + 2 < bytes.count, isLetter(bytes[i + 2]) {
                    i += 2
                    _ = tagName()
                    skipAttributes()
                } else if i + 1 < bytes.count, isLetter(bytes[i + 1]) {
                    i += 1
                    let name = tagName()
                    switch name {
                    case "meta":
                        if let label = metaDeclaration() { return label }
                    case "body":
                        return nil
                    case "script", "style", "textarea", "title", "xmp", "noscript", "template":
                        // Their text is not markup: skip to the closing tag.
                        skipAttributes()
                        i = closingTag(name)
                    default:
                        skipAttributes()
                    }
                } else if starts(with: "<!") || starts(with: "</") || starts(with: "<?") {
                    i = end(of: ">", from: i + 2)
                } else {
                    i += 1
                }
                if i >= bytes.count { return nil }
            }
        }

        /// Reads the attributes of a <meta> (the name already read).
        private mutating func metaDeclaration() -> String? {
            var httpEquiv: String?, content: String?, charset: String?
            while let (name, value) = attribute() {
                switch name {
                case "http-equiv" where httpEquiv == nil: httpEquiv = value
                case "content" where content == nil: content = value
                case "charset" where charset == nil: charset = value
                default: break
                }
            }
            if let charset, !EncodingLabel.trimmed(charset).isEmpty { return EncodingLabel.trimmed(charset) }
            if httpEquiv.map(EncodingLabel.asciiLowercased) == "content-type", let content {
                return Self.charset(inMetaContent: content)
            }
            return nil
        }

        /// WHATWG "extracting a character encoding from a meta element": the
        /// value after "charset", an optional space, "=" and another space.
        static func charset(inMetaContent content: String) -> String? {
            let bytes = Array(EncodingLabel.asciiLowercased(content).utf8)
            var i = 0
            while i + 7 <= bytes.count {
                guard bytes[i..<i + 7].elementsEqual("charset".utf8) else { i += 1; continue }
                var j = i + 7
                while j < bytes.count, isSpace(bytes[j]) { j += 1 }
                guard j < bytes.count, bytes[j] == UInt8(ascii: "=") else { i += 7; continue }
                j += 1
                while j < bytes.count, isSpace(bytes[j]) { j += 1 }
                guard j < bytes.count else { return nil }
                let quote = bytes[j]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = bytes[(j + 1)...].firstIndex(of: quote) else { return nil }
                    return String(decoding: bytes[(j + 1)..<close], as: UTF8.self)
                }
                var k = j
                while k < bytes.count, !isSpace(bytes[k]), bytes[k] != UInt8(ascii: ";") { k += 1 }
                return k > j ? String(decoding: bytes[j..<k], as: UTF8.self) : nil
            }
            return nil
        }

        /// WHATWG "get an attribute": a lowercased name and value, or nil at the tag's end.
        private mutating func attribute() -> (String, String)? {
            while i < bytes.count, isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") { i += 1 }
            guard i < bytes.count, bytes[i] != UInt8(ascii: ">") else { i = min(i + 1, bytes.count); return nil }
            var name: [UInt8] = [], value: [UInt8] = []
            while i < bytes.count {
                let b = bytes[i]
                if (b == UInt8(ascii: "=") && !name.isEmpty) || isSpace(b) { break }
                if b == UInt8(ascii: "/") || b == UInt8(ascii: ">") { return (string(name), "") }
                name.append(lowercased(b))
                i += 1
            }
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { return (string(name), "") }
            i += 1
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count else { return (string(name), "") }
            let quote = bytes[i]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                i += 1
                while i < bytes.count, bytes[i] != quote { value.append(lowercased(bytes[i])); i += 1 }
                i = min(i + 1, bytes.count)
            } else {
                while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { value.append(lowercased(bytes[i])); i += 1 }
            }
            return (string(name), string(value))
        }

        private mutating func skipAttributes() { while attribute() != nil {} }

        private mutating func tagName() -> String {
            var name: [UInt8] = []
            while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") {
                name.append(lowercased(bytes[i]))
                i += 1
            }
            return string(name)
        }

        /// The offset just past the closing tag `</name`...`>`, or the end.
        private func closingTag(_ name: String) -> Int {
            let closing = Array("</\(name)".utf8)
            var j = i
            while let lt = bytes[j...].firstIndex(of: UInt8(ascii: "<")) {
                if lt + closing.count <= bytes.count,
                   zip(bytes[lt..<lt + closing.count], closing).allSatisfy({ lowercased($0) == $1 }) {
                    return end(of: ">", from: lt + closing.count)
                }
                j = lt + 1
            }
            return bytes.count
        }

        private func starts(with prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard i + count <= bytes.count else { return false }
            return (0..<count).allSatisfy { bytes[i + $0] == prefix.utf8Start[$0] }
        }

        /// The offset just past the next `terminator` at or after `start`, or the end.
        private func end(of terminator: StaticString, from start: Int) -> Int {
            let needle = Array(UnsafeBufferPointer(start: terminator.utf8Start, count: terminator.utf8CodeUnitCount))
            var j = start
            while j + needle.count <= bytes.count {
                if bytes[j] == needle[0], bytes[j..<j + needle.count].elementsEqual(needle) { return j + needle.count }
                j += 1
            }
            return bytes.count
        }

        private func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    static func lowercased(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}
