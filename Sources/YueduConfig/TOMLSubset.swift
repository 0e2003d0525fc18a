import YueduText
/// The part of TOML 1.0 the configuration needs, parsed by hand so the
/// reader needs no TOML library: `# comments`, `[table]` headers, and
/// `key = value` where a value is a string ("basic" with escapes, or
/// 'literal'), a decimal integer, a boolean, or a one-line array of those.
/// What it accepts it reads as TOML does; anything else, valid TOML or
/// not, is an error naming the line. Lines end with LF or CRLF as in TOML,
/// and also with a lone CR (old Mac editors), which TOML does not allow
/// but whose meaning is plain.
public enum TOMLValue: Hashable, Sendable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case array([TOMLValue])

    var kindName: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .boolean: return "a boolean"
        case .array: return "an array"
        }
    }
}

/// One `key = value` line, with its table (`""` for the top) and line number.
public struct TOMLEntry: Hashable, Sendable {
    public var table: String
    public var key: String
    public var value: TOMLValue
    public var line: Int
}

public enum TOMLSubset {
    /// The entries in file order, or the first syntax error (line, message).
    public static func parse(_ text: String) -> Result<[TOMLEntry], TOMLSyntaxError> {
        var entries: [TOMLEntry] = []
        var table = ""
        var seen: Set<String> = []
        var tables: Set<String> = [""]
        for (index, line) in lines(of: text).enumerated() {
            let number = index + 1
            var scanner = Scanner(line)
            scanner.skipSpaces()
            do throws(TOMLSyntaxError) {
                if scanner.atEndOrComment {
                    try scanner.expectEnd()
                    continue
                }
                if scanner.peek == "[" {
                    scanner.advance()
                    if scanner.peek == "[" { throw scanner.error("arrays of tables ([[name]]) are not supported") }
                    scanner.skipSpaces()
                    let name = try scanner.key()
                    scanner.skipSpaces()
                    guard scanner.peek == "]" else { throw scanner.error("expected ] after the table name") }
                    scanner.advance()
                    try scanner.expectEnd()
                    guard tables.insert(name).inserted else { throw scanner.error("table [\(name)] appears twice") }
                    guard !seen.contains(name) else { throw scanner.error("[\(name)] names a key already set") }
                    table = name
                    continue
                }
                let key = try scanner.key()
                scanner.skipSpaces()
                if scanner.peek == "." { throw scanner.error("dotted keys are not supported; use a [table]") }
                guard scanner.peek == "=" else { throw scanner.error("expected = after \"\(key)\"") }
                scanner.advance()
                scanner.skipSpaces()
                let value = try scanner.value()
                try scanner.expectEnd()
                let qualified = table.isEmpty ? key : table + "." + key
                guard seen.insert(qualified).inserted else { throw scanner.error("\"\(qualified)\" is set twice") }
                entries.append(TOMLEntry(table: table, key: key, value: value, line: number))
            } catch {
                return .failure(TOMLSyntaxError(line: number, message: error.message))
            }
        }
        return .success(entries)
    }

    /// The lines of `text` without their ends: LF, CRLF or a lone CR. By
    /// scalars, not Characters: Swift reads CRLF as one Character, and a
    /// combining mark would hide the quote or `=` it follows.
    static func lines(of text: String) -> [[Unicode.Scalar]] {
        text.linesSplitAtAnyLineEnd.map { Array($0.unicodeScalars) }
    }

    /// A string as a TOML basic string, for writing the default file.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out += ControlEscape.escaped(scalar)
            }
        }
        return out + "\""
    }
}

public struct TOMLSyntaxError: Error, Hashable, Sendable {
    public var line: Int
    public var message: String
}

private struct Scanner {
    let chars: [Unicode.Scalar]
    var index = 0
    init(_ chars: [Unicode.Scalar]) { self.chars = chars }

    var peek: Unicode.Scalar? { index < chars.count ? chars[index] : nil }
    mutating func advance() { index += 1 }
    mutating func skipSpaces() { while let c = peek, c == " " || c == "\t" { advance() } }
    var atEndOrComment: Bool { peek == nil || peek == "#" }

    func error(_ message: String) -> TOMLSyntaxError { TOMLSyntaxError(line: 0, message: message) }

    /// The rest of the line, for a message (escaped there, see `ControlEscape`).
    var rest: String { String(String.UnicodeScalarView(chars[index...])) }

    /// Only a comment may follow; TOML allows no control character but tab in one.
    mutating func expectEnd() throws(TOMLSyntaxError) {
        skipSpaces()
        guard atEndOrComment else { throw error("unexpected \"\(rest)\" after the value") }
        if let bad = chars[index...].first(where: { ControlEscape.isControl($0) && $0 != "\t" }) {
            throw error("a control character (\(ControlEscape.escaped(bad))) in a comment")
        }
    }

    static func isBareKeyScalar(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-"
    }

    mutating func key() throws(TOMLSyntaxError) -> String {
        var key = String.UnicodeScalarView()
        while let c = peek, Self.isBareKeyScalar(c) { key.append(c); advance() }
        guard !key.isEmpty else {
            if peek == "\"" || peek == "'" { throw error("quoted keys are not supported; use a bare name (letters, digits, _ or -)") }
            throw error(peek.map { "expected a name (letters, digits, _ or -), found \"\(String($0))\"" } ?? "expected a name")
        }
        return String(key)
    }

    /// The run of characters a number, word or date would take.
    mutating func word() -> String {
        var word = String.UnicodeScalarView()
        while let c = peek, Self.isBareKeyScalar(c) || c == "+" || c == "." || c == ":" { word.append(c); advance() }
        return String(word)
    }

    mutating func value() throws(TOMLSyntaxError) -> TOMLValue {
        guard let c = peek else { throw error("expected a value after =") }
        switch c {
        case "\"": return .string(try basicString())
        case "'": return .string(try literalString())
        case "[": return try array()
        default:
            let word = word()
            if word == "true" { return .boolean(true) }
            if word == "false" { return .boolean(false) }
            if let number = Self.decimalInteger(word) { return .integer(number) }
            let found = word.isEmpty ? String(c) : word
            if found.first?.isNumber == true || found.first == "-" || found.first == "+" {
                throw error("\"\(found)\" is not a decimal integer (floats, dates, hex and leading zeros are not supported)")
            }
            throw error("expected true, false, a number, a \"string\" or an [array], found \"\(found)\"")
        }
    }

    /// TOML's decimal integer: an optional sign, then 0 or digits not
    /// starting with 0, an underscore only between two digits; 64 bits.
    static func decimalInteger(_ word: String) -> Int? {
        var digits = Substring(word)
        if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
        guard let first = digits.first, first.isASCII, first.isNumber, first != "0" || digits.count == 1 else { return nil }
        var previous: Character = "_"
        for c in digits {
            let isDigit = c.isASCII && c.isNumber
            guard isDigit || (c == "_" && previous != "_") else { return nil }
            previous = c
        }
        guard previous != "_" else { return nil }
        return Int(String(word.filter { $0 != "_" }))
    }

    mutating func array() throws(TOMLSyntaxError) -> TOMLValue {
        advance()  // [
        var items: [TOMLValue] = []
        while true {
            skipSpaces()
            if peek == "]" { advance(); return .array(items) }
            if peek == nil || peek == "#" { throw error("an array must end with ] on the same line") }
            let item = try value()
            if case .array = item { throw error("arrays inside arrays are not supported") }
            items.append(item)
            skipSpaces()
            if peek == nil || peek == "#" { throw error("an array must end with ] on the same line") }
            if peek == "," { advance(); continue }
            guard peek == "]" else { throw error("expected , or ] in the array") }
        }
    }

    /// A string may hold no control character but tab (TOML 1.0).
    func checkInString(_ c: Unicode.Scalar) throws(TOMLSyntaxError) {
        if ControlEscape.isControl(c) && c != "\t" {
            throw error("a control character (\(ControlEscape.escaped(c))) in a string; write it as an escape")
        }
    }

    mutating func literalString() throws(TOMLSyntaxError) -> String {
        advance()
        if peek == "'", index + 1 < chars.count, chars[index + 1] == "'" { throw error("multi-line strings are not supported") }
        var out = String.UnicodeScalarView()
        while let c = peek {
            advance()
            if c == "'" { return String(out) }
            try checkInString(c)
            out.append(c)
        }
        throw error("the string has no closing '")
    }

    mutating func basicString() throws(TOMLSyntaxError) -> String {
        advance()
        if peek == "\"", index + 1 < chars.count, chars[index + 1] == "\"" { throw error("multi-line strings are not supported") }
        var out = String.UnicodeScalarView()
        while let c = peek {
            advance()
            switch c {
            case "\"": return String(out)
            case "\\":
                guard let e = peek else { throw error("the string has no closing \"") }
                advance()
                switch e {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "b": out.append("\u{8}")
                case "f": out.append("\u{C}")
                case "u", "U":
                    let count = e == "u" ? 4 : 8
                    var hex = ""
                    for _ in 0..<count { if let h = peek, h.properties.isASCIIHexDigit { hex.unicodeScalars.append(h); advance() } }
                    guard hex.count == count, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                        throw error("\\\(e) needs \(count) hex digits naming a Unicode scalar")
                    }
                    out.append(scalar)
                default: throw error("unknown escape \\\(String(e)) in a string")
                }
            default:
                try checkInString(c)
                out.append(c)
            }
        }
        throw error("the string has no closing \"")
    }
}
