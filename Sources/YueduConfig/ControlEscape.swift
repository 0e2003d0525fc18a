/// Control characters written as escapes, so a message that quotes the
/// user's text never carries a raw line break or terminal escape
/// (`unexpected "\r"` rather than a carriage return on the terminal).
enum ControlEscape {
    static func isControl(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.generalCategory == .control }

    /// `\n`, `\r`, `\t` by name, any other control as `\u001B` (TOML's own escapes).
    static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            guard isControl(scalar) else { return String(scalar) }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return text.unicodeScalars.map { escaped($0) }.joined()
    }
}
