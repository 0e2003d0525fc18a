import Foundation

/// Reads the bytes a program wrote to its terminal and lists every escape
/// sequence or control that ncurses itself would not emit: OSC (clipboard
/// writes, links, window titles), DCS, APC, PM, SOS, C1 controls (as UTF-8
/// scalars or raw 8-bit bytes), invalid UTF-8, bidi overrides, NUL and BEL.
/// ncurses draws with CSI sequences of digits, `;` and `?` and a known final
/// byte, charset designations and a few two-byte escapes; anything else is
/// text that escaped the sanitizer.
struct HostileOutputScanner {
    /// CSI final bytes ncurses uses for cursor movement, erasing, scrolling
    /// regions, modes and attributes (terminfo of screen/xterm/tmux).
    static let csiFinals = Set("@ABCDEFGHJKLMPSTXZ`abdfhlmrsu".utf8)
    /// ESC + one byte: save/restore cursor, keypad modes, index, reverse index.
    static let shortEscapes = Set("78=>DEMH".utf8)

    private(set) var escapeSequences = 0
    private(set) var problems: [String] = []

    init(_ bytes: [UInt8]) {
        var i = 0
        func note(_ what: String, at offset: Int) {
            let context = bytes[max(0, offset - 8)..<min(bytes.count, offset + 24)]
            problems.append("\(what) at byte \(offset): \(context.map { String(format: "%02x", $0) }.joined(separator: " "))")
        }
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case 0x1B:
                escapeSequences += 1
                guard i + 1 < bytes.count else { note("a lone ESC at the end", at: i); i += 1; continue }
                let next = bytes[i + 1]
                if next == UInt8(ascii: "[") {
                    var j = i + 2
                    while j < bytes.count, (0x30...0x3F).contains(bytes[j]) { j += 1 }
                    let parameters = bytes[(i + 2)..<j]
                    guard j < bytes.count else { note("an unfinished CSI", at: i); i = j; continue }
                    let final = bytes[j]
                    let plainParameters = parameters.allSatisfy { (0x30...0x39).contains($0) || $0 == 0x3B || $0 == 0x3F }
                    if !plainParameters || !Self.csiFinals.contains(final) {
                        note("CSI outside ncurses' set (final \(UnicodeScalar(final)))", at: i)
                    }
                    i = j + 1
                } else if next == UInt8(ascii: "(") || next == UInt8(ascii: ")") {
                    i += 3
                } else if Self.shortEscapes.contains(next) {
                    i += 2
                } else {
                    let names: [UInt8: String] = [0x5D: "OSC", 0x50: "DCS", 0x5F: "APC", 0x5E: "PM", 0x58: "SOS"]
                    note("ESC \(names[next] ?? String(UnicodeScalar(next)))", at: i)
                    i += 2
                }
            case 0x00: note("NUL", at: i); i += 1
            case 0x07: note("BEL", at: i); i += 1
            case 0x01...0x1F: i += 1  // \b \t \n \r, SO/SI: cursor and charset moves ncurses makes
            case 0x7F: note("DEL", at: i); i += 1
            case 0x80...0xFF:
                let (scalar, length) = Self.decodeUTF8(bytes, at: i)
                guard let scalar else { note("invalid UTF-8 (a raw 8-bit byte)", at: i); i += 1; continue }
                if (0x80...0x9F).contains(scalar) { note("C1 control U+\(String(scalar, radix: 16))", at: i) }
                if (0x202A...0x202E).contains(scalar) || (0x2066...0x2069).contains(scalar) {
                    note("bidi control U+\(String(scalar, radix: 16))", at: i)
                }
                i += length
            default: i += 1
            }
        }
    }

    /// One well-formed UTF-8 scalar at `i`, or nil for an invalid byte.
    static func decodeUTF8(_ bytes: [UInt8], at i: Int) -> (UInt32?, Int) {
        let lead = bytes[i]
        let length: Int, initial: UInt32, minimum: UInt32
        switch lead {
        case 0xC2...0xDF: (length, initial, minimum) = (2, UInt32(lead & 0x1F), 0x80)
        case 0xE0...0xEF: (length, initial, minimum) = (3, UInt32(lead & 0x0F), 0x800)
        case 0xF0...0xF4: (length, initial, minimum) = (4, UInt32(lead & 0x07), 0x10000)
        default: return (nil, 1)
        }
        guard i + length <= bytes.count else { return (nil, 1) }
        var value = initial
        for k in 1..<length {
            let b = bytes[i + k]
            guard b & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(b & 0x3F)
        }
        guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return (nil, 1) }
        return (value, length)
    }
}
