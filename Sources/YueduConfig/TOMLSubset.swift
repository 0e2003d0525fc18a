import YueduCore

/// The part of TOML the configuration needs, parsed by hand so the reader
/// needs no TOML library: `# comments`, `[table]` headers, and `key = value`
/// where a value is a string ("basic" with escapes, or 'literal'), an
/// integer, a boolean, or a one-line array of those. Anything else is an
/// error naming the line.
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
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            var scanner = Scanner(Array(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine))
            scanner.skipSpaces()
            if scanner.atEndOrComment { continue }
            do {
                if scanner.peek == "[" {
                    scanner.advance()
                    scanner.skipSpaces()
                    let name = try scanner.bareKey()
                    scanner.skipSpaces()
                    guard scanner.peek == "]" else { throw scanner.error("expected ] after the table name") }
                    scanner.advance()
                    try scanner.expectEnd()
                    guard tables.insert(name).inserted else { throw TOMLSyntaxError(line: 0, message: "table [\(name)] appears twice") }
                    table = name
                    continue
                }
                let key = try scanner.bareKey()
                scanner.skipSpaces()
                if scanner.peek == "." { throw scanner.error("dotted keys are not supported; use a [table]") }
                guard scanner.peek == "=" else { throw scanner.error("expected = after \"\(key)\"") }
                scanner.advance()
                scanner.skipSpaces()
                let value = try scanner.value()
                try scanner.expectEnd()
                let qualified = table.isEmpty ? key : table + "." + key
                guard seen.insert(qualified).inserted else {
                    throw TOMLSyntaxError(line: 0, message: "\"\(qualified)\" is set twice")
                }
                entries.append(TOMLEntry(table: table, key: key, value: value, line: number))
            } catch let error as TOMLSyntaxError {
                return .failure(TOMLSyntaxError(line: number, message: error.message))
            } catch {
                return .failure(TOMLSyntaxError(line: number, message: String(describing: error)))
            }
        }
        return .success(entries)
    }

    /// A string as a TOML basic string, for writing the default file.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    out.unicodeScalars.append(scalar)
                }
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
    let chars: [Character]
    var index = 0
    init(_ chars: [Character]) { self.chars = chars }

    var peek: Character? { index < chars.count ? chars[index] : nil }
    mutating func advance() { index += 1 }
    mutating func skipSpaces() { while let c = peek, c == " " || c == "\t" { advance() } }
    var atEndOrComment: Bool { peek == nil || peek == "#" }

    func error(_ message: String) -> TOMLSyntaxError { TOMLSyntaxError(line: 0, message: message) }

    mutating func expectEnd() throws {
        skipSpaces()
        guard atEndOrComment else { throw error("unexpected \"\(String(chars[index...]))\" after the value") }
    }

    mutating func bareKey() throws -> String {
        var key = ""
        while let c = peek, c.isASCII, c.isLetter || c.isNumber || c == "_" || c == "-" { key.append(c); advance() }
        guard !key.isEmpty else {
            throw error(peek.map { "expected a name (letters, digits, _ or -), found \"\($0)\"" } ?? "expected a name")
        }
        return key
    }

    mutating func value() throws -> TOMLValue {
        guard let c = peek else { throw error("expected a value after =") }
        switch c {
        case "\"": return .string(try basicString())
        case "'": return .string(try literalString())
        case "[": return try array()
        case "t", "f":
            var word = ""
            while let c = peek, c.isLetter { word.append(c); advance() }
            if word == "true" { return .boolean(true) }
            if word == "false" { return .boolean(false) }
            throw error("expected true, false, a number, a \"string\" or an [array], found \"\(word)\"")
        default:
            var word = ""
            while let c = peek, c.isNumber || c == "-" || c == "+" || c == "_" { word.append(c); advance() }
            guard let number = Int(String(word.filter { $0 != "_" })) else {
                throw error("expected true, false, a number, a \"string\" or an [array], found \"\(word.isEmpty ? String(c) : word)\"")
            }
            return .integer(number)
        }
    }

    mutating func array() throws -> TOMLValue {
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

    mutating func literalString() throws -> String {
        advance()
        var out = ""
        while let c = peek {
            advance()
            if c == "'" { return out }
            out.append(c)
        }
        throw error("the string has no closing '")
    }

    mutating func basicString() throws -> String {
        advance()
        var out = ""
        while let c = peek {
            advance()
            switch c {
            case "\"": return out
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
                    for _ in 0..<count { if let h = peek { hex.append(h); advance() } }
                    guard hex.count == count, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                        throw error("\\\(e) needs \(count) hex digits naming a Unicode scalar")
                    }
                    out.unicodeScalars.append(scalar)
                default: throw error("unknown escape \\\(e) in a string")
                }
            default: out.append(c)
            }
        }
        throw error("the string has no closing \"")
    }
}
