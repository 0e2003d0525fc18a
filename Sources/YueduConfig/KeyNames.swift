import YueduCore

/// Key names as the configuration file writes them. Every name `Key.label`
/// prints is accepted back, plus spelled-out names (`Down`, `PageDown`,
/// `C-d`, `Ctrl-D`), so the file can be written in plain ASCII.
extension Key {
    public init?(configName raw: String) {
        let name = raw
        if name.count == 1, let c = name.first {
            guard !c.isWhitespace || c == " " else { return nil }
            if let ascii = c.asciiValue, ascii < 32 || ascii == 127 { return nil }
            self = c == " " ? .character(" ") : Self.named[name] ?? .character(c)
            return
        }
        if let key = Self.named[name.lowercased()] { self = key; return }
        for prefix in ["^", "c-", "ctrl-", "ctrl+", "control-"] where name.lowercased().hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.lowercased().first, c.isASCII, c.isLetter else { return nil }
            self = .control(c)
            return
        }
        if name.lowercased().hasPrefix("f"), let n = Int(name.dropFirst()), (1...12).contains(n) {
            self = .function(n)
            return
        }
        return nil
    }

    /// The name `yuedu config --print-default` writes: ASCII, and parsed back by `init?(configName:)`.
    public var configName: String {
        switch self {
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        default: return label
        }
    }

    private static let named: [String: Key] = [
        "↑": .up, "↓": .down, "←": .left, "→": .right,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "space": .character(" "), "enter": .enter, "return": .enter, "tab": .tab,
        "s-tab": .backTab, "backtab": .backTab, "shift-tab": .backTab,
        "esc": .escape, "escape": .escape, "bs": .backspace, "backspace": .backspace,
        "del": .delete, "delete": .delete, "pgup": .pageUp, "pageup": .pageUp,
        "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
    ]
}
