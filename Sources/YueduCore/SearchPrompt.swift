import YueduText

/// The `/` prompt's line editor. It edits by Character (grapheme cluster), so
/// Backspace removes a whole 发 or 👍🏽, and reports the cursor's column in
/// terminal cells so the terminal can place its cursor after wide text.
public struct SearchPrompt: Equatable, Sendable {
    public private(set) var text: [Character]
    /// Cursor as a Character index into `text` (0…count).
    public private(set) var cursor: Int
    /// The history being browsed (oldest first) and where in it; nil while
    /// editing a new line.
    public var history: [String]
    public var historyIndex: Int?
    /// The line being typed before browsing history, restored by Down.
    var draft: [Character] = []

    public init(text: String = "", history: [String] = []) {
        self.text = Array(text); cursor = self.text.count; self.history = history
    }

    public var query: String { String(text) }

    /// Columns from the start of the text to the cursor.
    public var cursorColumn: Int { TextWidth.of(String(text[0..<cursor])) }

    /// The line-editing commands (the prompt context's keys); others do nothing.
    public mutating func edit(_ command: Command) {
        switch command {
        case .cursorLeft: moveLeft()
        case .cursorRight: moveRight()
        case .cursorHome: moveHome()
        case .cursorEnd: moveEnd()
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .clearLine: clear()
        case .historyPrevious: historyPrevious()
        case .historyNext: historyNext()
        default: break
        }
    }

    public mutating func insert(_ c: Character) {
        text.insert(c, at: cursor); cursor += 1
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        text.remove(at: cursor - 1); cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = text.count }
    public mutating func clear() { text = []; cursor = 0 }

    /// Up: the previous (older) search.
    public mutating func historyPrevious() {
        guard !history.isEmpty else { return }
        let index: Int
        if let current = historyIndex { index = max(0, current - 1) } else { draft = text; index = history.count - 1 }
        historyIndex = index
        replace(with: Array(history[index]))
    }

    /// Down: the next (newer) search, then back to the line being typed.
    public mutating func historyNext() {
        guard let current = historyIndex else { return }
        if current + 1 < history.count {
            historyIndex = current + 1
            replace(with: Array(history[current + 1]))
        } else {
            historyIndex = nil
            replace(with: draft)
        }
    }

    private mutating func replace(with characters: [Character]) {
        text = characters; cursor = characters.count
    }
}
