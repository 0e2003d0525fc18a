import YueduCore
import YueduText

/// The bottom row: the search or URL prompt while one is open, else the
/// latest message, else the running search, update and fetch, else key
/// hints from the key table.
enum StatusBar {
    static let urlPromptLabel = "网址 URL: "

    static func render(_ state: AppState, row: Region, theme: Theme, into buffer: inout CellBuffer) {
        guard row.width > 0, row.height > 0 else { return }
        let open = state.prompt.map { ($0, "/") } ?? state.urlPrompt.map { ($0, urlPromptLabel) }
        if let (prompt, label) = open {
            let line = promptLine(prompt, label: label, width: row.width)
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
        } else if state.runningSearch != nil || state.fetch != nil || state.feedUpdate != nil {
            // Keys clear the status message, never these: they show until the search, fetch or update ends.
            let search = state.runningSearch.map { "搜索中 searching…\($0.shown > 0 ? " \($0.shown)+" : "") Esc 取消 cancel" }
            let running = [search, state.feedUpdate?.label, state.fetch.map { "取回 fetching \($0.url)… Esc 取消 cancel" }]
            buffer.putRow(running.compactMap { $0 }.joined(separator: "  "), x: row.x, y: row.y, width: room, style: theme.status)
        } else {
            let hints = HelpContent.hints(state.keyContext, state.preferences.keyMap).joined(separator: "  ")
            buffer.putRow(hints, x: row.x, y: row.y, width: room, style: theme.hint)
        }
        if tagWidth > 0 { buffer.putRow(tag, x: row.x + room, y: row.y, width: tagWidth, style: theme.hint) }
    }

    /// The label (`/`) and the text, scrolled so the cursor stays on screen;
    /// `cursor` is the column of the insertion point, counted in cells (a 中 is 2).
    static func promptLine(_ prompt: SearchPrompt, label: String = "/", width: Int) -> (text: String, cursor: Int) {
        let text = prompt.text
        let labelWidth = TextWidth.of(label)
        let room = max(0, width - labelWidth - 1)  // a cell for the cursor at the end
        var start = 0
        while start < prompt.cursor, TextWidth.of(String(text[start..<prompt.cursor])) > room { start += 1 }
        let cursor = labelWidth + TextWidth.of(String(text[start..<prompt.cursor]))
        return (label + String(text[start...]), cursor)
    }
}
