import YueduCore
import YueduText

/// The bottom row: the search prompt while it is open, else the latest
/// message, else key hints from the key table.
enum StatusBar {
    static func render(_ state: AppState, row: Region, theme: Theme, into buffer: inout CellBuffer) {
        guard row.width > 0, row.height > 0 else { return }
        if let prompt = state.prompt {
            let line = promptLine(prompt, width: row.width)
            buffer.putRow(line.text, x: row.x, y: row.y, width: row.width, style: theme.status)
            buffer.cursor = line.cursor < row.width ? CursorPosition(x: row.x + line.cursor, y: row.y) : nil
            return
        }
        // The script shown, at the right, while it is not the text as imported.
        let tag = state.conversion == .none ? "" : " \(state.conversion.label) \(state.conversion.rawValue)"
        let tagWidth = !tag.isEmpty && TextWidth.of(tag) * 2 <= row.width ? TextWidth.of(tag) : 0
        let room = row.width - tagWidth
        if let status = state.status {
            buffer.putRow(status.text, x: row.x, y: row.y, width: room,
                          style: status.isError ? theme.statusError : theme.status)
        } else {
            let hints = HelpContent.hints(state.keyContext, state.preferences.keyMap).joined(separator: "  ")
            buffer.putRow(hints, x: row.x, y: row.y, width: room, style: theme.hint)
        }
        if tagWidth > 0 { buffer.putRow(tag, x: row.x + room, y: row.y, width: tagWidth, style: theme.hint) }
    }

    /// `/` and the query, scrolled so the cursor stays on screen; `cursor`
    /// is the column of the insertion point, counted in cells (a 中 is 2).
    static func promptLine(_ prompt: SearchPrompt, width: Int) -> (text: String, cursor: Int) {
        let text = prompt.text
        let room = max(0, width - 2)  // the `/`, and a cell for the cursor at the end
        var start = 0
        while start < prompt.cursor, TextWidth.of(String(text[start..<prompt.cursor])) > room { start += 1 }
        let cursor = 1 + TextWidth.of(String(text[start..<prompt.cursor]))
        return ("/" + String(text[start...]), cursor)
    }
}
