import YueduCore
import YueduModel
import YueduText

/// `F`: each feed with unread/total, a failing one marked `!`; the last
/// line tells the selected feed's last error, or when it last updated.
enum FeedPickerOverlay {
    static let failedMark = "!"

    static func render(_ picker: FeedPicker, theme: Theme, into buffer: inout CellBuffer) {
        let feeds = picker.feeds ?? []
        guard let box = OverlayBox.frame(width: 64, height: max(1, feeds.count) + 3, in: buffer) else { return }
        OverlayBox.draw(box, title: "订阅 Feeds · R 更新 update", theme: theme, into: &buffer)
        let content = box.inner
        guard picker.feeds != nil else {
            buffer.putRow("加载中 loading…", x: content.x, y: content.y, width: content.width, style: theme.dim)
            return
        }
        guard !feeds.isEmpty else {
            buffer.putRow("（无订阅）no feeds: yuedu feed add URL", x: content.x, y: content.y, width: content.width,
                          style: theme.dim)
            return
        }
        // One row is the detail line, when the box has room for it and a feed.
        let rows = content.height > 1 ? content.height - 1 : content.height
        let top = max(0, min(picker.selection - rows + 1, feeds.count - rows))
        for i in 0..<rows {
            let index = top + i
            guard index < feeds.count else { break }
            let feed = feeds[index]
            let selected = index == picker.selection
            let style = selected ? theme.selection : feed.unread > 0 ? theme.unread : theme.row
            let counts = "\(feed.unread)/\(feed.total)"
            let text = (feed.lastError == nil ? " " : failedMark) + " "
                + Truncation.listRow(title: feed.name.singleLine, date: counts, width: max(0, content.width - 2))
            buffer.putRow(text, x: content.x, y: content.y + i, width: content.width, style: style)
            if feed.lastError != nil, !selected {
                _ = buffer.put(failedMark, x: content.x, y: content.y + i, maxWidth: 1, style: theme.statusError)
            }
        }
        guard rows < content.height, let feed = picker.selectedFeed else { return }
        let y = content.y + content.height - 1
        if let error = feed.lastError {
            buffer.putRow("错误 error: " + error.singleLine, x: content.x, y: y, width: content.width, style: theme.statusError)
        } else {
            let when = feed.lastUpdate.map { "更新于 updated " + $0.displayString } ?? "未更新 never updated"
            buffer.putRow(when, x: content.x, y: y, width: content.width, style: theme.dim)
        }
    }
}
