#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A strict RFC 8259 parser over one line's UTF-8 bytes (already validated as
/// UTF-8, or checked as it goes by `parseIfValidUTF8`). Errors give the byte
/// column and what was expected.
struct JSONParser {
    struct SyntaxError: Error, Equatable {
        /// 1-based byte column in the line.
        var column: Int
        var message: String
    }

    static let maximumDepth = 256

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    /// Whether strings are checked to be UTF-8 as they are made.
    private let validating: Bool

    private init(_ bytes: UnsafeBufferPointer<UInt8>, validating: Bool) {
        self.bytes = bytes
        self.validating = validating
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> JSONValue {
        try parse(bytes, validating: false)
    }

    /// The value of a line not yet known to be UTF-8, or nil when it is not
    /// UTF-8 or not valid JSON (the caller then takes the slow way, which
    /// tells the two apart and says why). Outside strings valid JSON is
    /// ASCII, so a line that parses with every string valid UTF-8 is valid
    /// UTF-8: checking each string as it is made (which making a String
    /// does anyway) spares a separate pass over every line.
    static func parseIfValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> JSONValue? {
        try? parse(bytes, validating: true)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, validating: Bool) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes, validating: validating)
        parser.skipSpace()
        let value = try parser.value()
        parser.skipSpace()
        guard parser.index == bytes.count else { throw parser.error("end of line after the value") }
        return value
    }

    /// A String of `utf8`, which (when validating) must be UTF-8.
    /// `String(validating:)` would say, but it is generic and unspecialized
    /// (a metadata lookup per string); decoding repairs exactly the bytes
    /// that are not UTF-8, so unchanged bytes mean valid ones.
    private func makeString(_ utf8: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> String {
        let text = String(decoding: utf8, as: UTF8.self)
        guard validating else { return text }
        let unchanged = text.utf8.count == utf8.count && (text.utf8.withContiguousStorageIfAvailable { decoded in
            decoded.isEmpty || memcmp(decoded.baseAddress!, utf8.baseAddress!, utf8.count) == 0
        } ?? text.utf8.elementsEqual(utf8))
        guard unchanged else { throw error("UTF-8") }
        return text
    }

    private func error(_ expected: String) -> SyntaxError {
        let found: String
        if index >= bytes.count {
            found = "the line ends"
        } else if bytes[index] >= 0x20, bytes[index] < 0x7F {
            found = "found '\(Character(Unicode.Scalar(bytes[index])))'"
        } else {
            found = "found byte \(bytes[index])"
        }
        return SyntaxError(column: index + 1, message: "expected \(expected), \(found)")
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func value() throws(SyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error("a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("a value")
        }
    }

    private mutating func literal(_ word: StaticString) throws(SyntaxError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw error("\(word)") }
        for k in 0..<count where bytes[index + k] != word.utf8Start[k] { throw error("\(word)") }
        index += count
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("at most \(Self.maximumDepth) nested arrays and objects") }
    }

    private mutating func object() throws(SyntaxError) -> JSONValue {
        try enter()
        index += 1
        var members: [(String, JSONValue)] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; depth -= 1; return .object(members) }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("a member name in quotes") }
            let name = try string()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("':' after a member name") }
            index += 1
            skipSpace()
            members.append((name, try value()))
            skipSpace()
            guard index < bytes.count else { throw error("',' or '}'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; depth -= 1; return .object(members) }
            throw error("',' or '}'")
        }
    }

    private mutating func array() throws(SyntaxError) -> JSONValue {
        try enter()
        index += 1
        var elements: [JSONValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; depth -= 1; return .array(elements) }
        while true {
            skipSpace()
            elements.append(try value())
            skipSpace()
            guard index < bytes.count else { throw error("',' or ']'") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; depth -= 1; return .array(elements) }
            throw error("',' or ']'")
        }
    }

    /// A string starting at the opening quote. Runs without escapes are
    /// copied whole; the bytes are valid UTF-8 already.
    private mutating func string() throws(SyntaxError) -> String {
        index += 1
        let start = index
        skipPlainWords()
        // Fast path: no escape before the closing quote.
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                let text = try makeString(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                index += 1
                return text
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw error("no control character inside a string (escape it)") }
            index += 1
        }
        var utf8 = Array(bytes[start..<index])
        while index < bytes.count {
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                index += 1
                return try utf8.withUnsafeBufferPointer { buffer throws(SyntaxError) in try makeString(buffer) }
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw error("an escape after '\\'") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: try unicodeEscape())
                default: index -= 1; throw error("one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u")
                }
            default:
                if b < 0x20 { throw error("no control character inside a string (escape it)") }
                utf8.append(b)
                index += 1
            }
        }
        throw error("'\"' to close the string")
    }

    /// Skips 8 bytes at a time while none is a quote, a backslash or a
    /// control character: the byte loop after it finds which one ends the
    /// string's plain run. Strings are most of every line.
    private mutating func skipPlainWords() {
        guard let base = bytes.baseAddress else { return }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
            // A byte below 0x20 (a zero byte of `quote` or `backslash`: one
            // equal to '"' or '\\') sets its high bit here; exact as to
            // whether any does, which is all that is asked.
            let special = ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
            if special & highs != 0 { return }
            index += 8
        }
    }

    /// `\uXXXX` (after the `u`), joining a surrogate pair; a lone surrogate
    /// becomes U+FFFD, as JSON allows it but Swift strings cannot hold it.
    private mutating func unicodeEscape() throws(SyntaxError) -> [UInt8] {
        var value = try hex4()
        if (0xD800...0xDBFF).contains(value) {
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                let save = index
                index += 2
                let low = try hex4()
                if (0xDC00...0xDFFF).contains(low) {
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = save
                    value = 0xFFFD
                }
            } else {
                value = 0xFFFD
            }
        } else if (0xDC00...0xDFFF).contains(value) {
            value = 0xFFFD
        }
        return Array(String(Character(Unicode.Scalar(value)!)).utf8)
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("four hex digits after \\u") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw error("four hex digits after \\u")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func number() throws(SyntaxError) -> Double {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("a digit") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("a digit after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("a digit in the exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text) else { throw error("a number") }
        return value
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
}
