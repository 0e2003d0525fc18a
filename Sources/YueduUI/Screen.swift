import YueduCore
import YueduText

/// Draws the whole reader for a state. Pure: the same state gives the same
/// cells; the terminal draws the ones that changed.
public func render(_ state: AppState, theme: Theme = .default) -> CellBuffer {
    var buffer = CellBuffer(width: state.width, height: state.height)
    buffer.asciiPunctuation = state.preferences.asciiPunctuation
    let layout = state.layout
    guard layout.mode != .tiny else {
        TooSmallNotice.render(into: &buffer)
        return buffer
    }
    let panes = layout.visiblePanes(focus: state.focus)
    var canvas = BorderCanvas(width: buffer.width)
    for pane in panes { canvas.addBox(layout.box(of: pane)) }
    canvas.draw(into: &buffer, set: theme.borders, style: theme.border)
    // Tabs first: the article's position indicator yields to them.
    if layout.mode == .narrow { PaneTabs.render(state, box: layout.list, theme: theme, into: &buffer) }
    for pane in panes {
        switch pane {
        case .list: ListPane.render(state, box: layout.list, theme: theme, into: &buffer)
        case .article: ArticlePane.render(state, box: layout.article, text: layout.articleText, theme: theme, into: &buffer)
        case .related: RelatedPane.render(state, box: layout.related, theme: theme, into: &buffer)
        }
    }
    StatusBar.render(state, row: layout.status, theme: theme, into: &buffer)
    switch state.overlay {
    case .help(let help): HelpOverlay.render(state, help: help, theme: theme, into: &buffer)
    case .sitePicker(let picker): SitePickerOverlay.render(picker, theme: theme, into: &buffer)
    case .feedPicker(let picker): FeedPickerOverlay.render(picker, theme: theme, into: &buffer)
    case .urlPrompt: break  // on the status line
    case nil: break
    }
    return buffer
}

/// Below the smallest usable size: a short notice, never a crash.
enum TooSmallNotice {
    static let text = "终端太小 terminal too small"

    static func render(into buffer: inout CellBuffer) {
        guard buffer.width > 0, buffer.height > 0 else { return }
        buffer.putRow(text, x: 0, y: buffer.height / 2, width: buffer.width)
    }
}

/// In narrow mode the one box's bottom border names the panes, the visible one
/// marked, so the user knows Tab switches.
enum PaneTabs {
    static let names: [(Pane, String)] = [(.list, "列表"), (.article, "文章"), (.related, "相关")]

    static func render(_ state: AppState, box: Region, theme: Theme, into buffer: inout CellBuffer) {
        guard box.width > 6, box.height >= 2 else { return }
        let y = box.y + box.height - 1
        var x = box.x + 2
        for (pane, name) in names {
            let label = pane == state.focus ? "[" + name + "]" : " " + name + " "
            let written = buffer.put(label, x: x, y: y, maxWidth: box.x + box.width - 2 - x,
                                     style: pane == state.focus ? theme.focusedPaneTitle : theme.paneTitle)
            x += written
        }
    }
}
