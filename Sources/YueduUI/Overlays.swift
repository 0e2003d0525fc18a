import YueduCore
import YueduText

/// A centred box drawn over the panes.
enum OverlayBox {
    static func frame(width wantedWidth: Int, height wantedHeight: Int, in buffer: CellBuffer) -> Region? {
        let width = min(wantedWidth, buffer.width - 2), height = min(wantedHeight, buffer.height - 2)
        guard width >= 6, height >= 3 else { return nil }
        return Region(x: (buffer.width - width) / 2, y: max(0, (buffer.height - 1 - height) / 2), width: width, height: height)
    }

    static func draw(_ box: Region, title: String, theme: Theme, into buffer: inout CellBuffer) {
        buffer.fill(Rect(box))
        var canvas = BorderCanvas(width: buffer.width)
        canvas.addBox(box)
        canvas.draw(into: &buffer, set: theme.borders, style: theme.border)
        buffer.putTitle(title, box: box, style: theme.focusedPaneTitle)
    }
}

/// `?`: every binding of the key table, by context.
enum HelpOverlay {
    static func render(_ state: AppState, help: HelpState, theme: Theme, into buffer: inout CellBuffer) {
        let lines = HelpContent.lines(state.preferences.keyMap)
        guard let box = OverlayBox.frame(width: 72, height: lines.count + 2, in: buffer) else { return }
        OverlayBox.draw(box, title: "帮助 Help · Esc", theme: theme, into: &buffer)
        let content = box.inner
        let keysWidth = min(18, content.width / 3)
        let scroll = max(0, min(help.scroll, lines.count - content.height))
        for i in 0..<content.height {
            let index = scroll + i
            guard index < lines.count else { break }
            let line = lines[index]
            let y = content.y + i
            if line.isHeading {
                buffer.putRow(line.help, x: content.x, y: y, width: content.width, style: theme.articleTitle)
            } else {
                buffer.putRow(" " + Truncation.truncate(line.keys, to: keysWidth - 1) + " " + line.help,
                              x: content.x, y: y, width: content.width)
            }
        }
    }
}

/// `S`: sites with their article counts; Enter shows one.
enum SitePickerOverlay {
    static func render(_ picker: SitePicker, theme: Theme, into buffer: inout CellBuffer) {
        let sites = picker.sites ?? []
        guard let box = OverlayBox.frame(width: 48, height: max(1, sites.count) + 2, in: buffer) else { return }
        OverlayBox.draw(box, title: "站点 Sites", theme: theme, into: &buffer)
        let content = box.inner
        guard picker.sites != nil else {
            buffer.putRow("加载中 loading…", x: content.x, y: content.y, width: content.width, style: theme.dim)
            return
        }
        guard !sites.isEmpty else {
            buffer.putRow("（无站点）no sites", x: content.x, y: content.y, width: content.width, style: theme.dim)
            return
        }
        let top = max(0, min(picker.selection - content.height + 1, sites.count - content.height))
        for i in 0..<content.height {
            let index = top + i
            guard index < sites.count else { break }
            let text = Truncation.listRow(title: sites[index].site, date: String(sites[index].count), width: content.width)
            buffer.putRow(text, x: content.x, y: content.y + i, width: content.width,
                          style: index == picker.selection ? theme.selection : theme.row)
        }
    }
}
