import YueduModel

/// The update of every feed, while it runs in the background: `total` is
/// nil until the first feed is done.
public struct FeedUpdateRun: Equatable, Sendable {
    public var done: Int
    public var total: Int?
    /// Esc asked it to stop; its answer is on the way.
    public var cancelling: Bool
    public init(done: Int = 0, total: Int? = nil, cancelling: Bool = false) {
        self.done = done; self.total = total; self.cancelling = cancelling
    }

    /// `更新 updating 12/40… Esc 取消 cancel`, as the status line shows it.
    public var label: String {
        "更新 updating " + (total.map { "\(done)/\($0)" } ?? "feeds") + (cancelling ? ", 取消中 cancelling…" : "… Esc 取消 cancel")
    }
}

/// The feed picker overlay; `feeds` is nil until loaded.
public struct FeedPicker: Equatable, Sendable {
    public var feeds: [FeedRow]?
    public var selection = 0
    public init(feeds: [FeedRow]? = nil, selection: Int = 0) { self.feeds = feeds; self.selection = selection }

    public var selectedFeed: FeedRow? {
        guard let feeds, feeds.indices.contains(selection) else { return nil }
        return feeds[selection]
    }
}

extension AppState {
    /// A command while the feed picker is open: the site picker's keys, and
    /// `R`, which updates while the picker shows the counts it will refresh.
    mutating func feedPickerCommand(_ command: Command) -> [Effect] {
        guard var picker = feedPicker else { return [] }
        let count = picker.feeds?.count ?? 0
        let page = max(1, height - 5)  // the box's border and its detail line
        if let moved = Self.pickerSelection(after: command, from: picker.selection, count: count, page: page) {
            picker.selection = moved
            feedPicker = picker
            return []
        }
        switch command {
        case .close: feedPicker = nil; return []
        case .quit: feedPicker = nil; return quitEffects()
        case .updateFeeds: return startFeedUpdate()
        case .open:
            guard let feeds = picker.feeds, !feeds.isEmpty else { return [] }
            let feed = feeds[max(0, min(picker.selection, count - 1))]
            feedPicker = nil
            viewBeforeSearch = nil
            return setView(.feed(id: feed.id, name: feed.name))
        default: return []
        }
    }

    /// A first load selects the feed the list shows; a reload (after an
    /// update) keeps the feed that was selected, wherever it moved.
    mutating func receiveFeeds(_ feeds: [FeedRow]) {
        guard let picker = feedPicker else { return }
        var selectedID = picker.selectedFeed?.id
        if picker.feeds == nil, case .feed(let id, _) = view { selectedID = id }
        let selection = selectedID.flatMap { id in feeds.firstIndex { $0.id == id } } ?? 0
        feedPicker = FeedPicker(feeds: feeds, selection: selection)
    }

    /// `R`: one update at a time; a second `R` only says one is running.
    mutating func startFeedUpdate() -> [Effect] {
        if let running = feedUpdate {
            status = StatusMessage("正在更新 already updating feeds (\(running.total.map { "\(running.done)/\($0)" } ?? "starting"))")
            return []
        }
        feedUpdate = FeedUpdateRun()
        status = nil  // the status line shows the update (StatusBar)
        return [.updateFeeds]
    }

    mutating func feedUpdateProgressed(done: Int, total: Int) {
        guard let running = feedUpdate else { return }
        feedUpdate = FeedUpdateRun(done: done, total: total, cancelling: running.cancelling)
    }

    /// Esc while an update runs (and no page fetch or search claims it): it
    /// stops fetching; what it stored stays, and its answer says how far it got.
    mutating func cancelFeedUpdate() -> [Effect] {
        guard var running = feedUpdate, !running.cancelling else { return [] }
        running.cancelling = true
        feedUpdate = running
        return [.cancelFeedUpdate]
    }

    /// The update is over: its summary on the status line, and the new items
    /// where the reader is looking (counts, the list, the picker's counts).
    mutating func feedsUpdated(_ summary: FeedUpdateSummary) -> [Effect] {
        guard feedUpdate != nil else { return [] }
        feedUpdate = nil
        status = Self.statusMessage(for: summary)
        return reloadAfterFeedUpdate()
    }

    /// The update stopped on a library error; what it stored before that shows.
    mutating func feedUpdateFailed(message: String) -> [Effect] {
        guard feedUpdate != nil else { return [] }
        feedUpdate = nil
        status = StatusMessage("更新失败 feed update failed: " + message, isError: true)
        return reloadAfterFeedUpdate()
    }

    /// New items arrive above the selected row: the selection stays on its
    /// article rather than on its index.
    private mutating func reloadAfterFeedUpdate() -> [Effect] {
        let key = selectedSummary?.key
        let reload = reloadList()
        if !reload.isEmpty, pendingSelectionKey == nil { pendingSelectionKey = key }
        return [.loadCounts] + reload + (feedPicker != nil ? [.loadFeeds] : [])
    }

    /// `更新完成 40 feeds: 12 new items, 25 not modified, 2 failed (F shows why)`;
    /// `已取消更新 update cancelled after 13 of 40 feeds: …` after an Esc.
    static func statusMessage(for summary: FeedUpdateSummary) -> StatusMessage {
        guard summary.feeds > 0 else {
            return StatusMessage("没有订阅 no feeds: add one with yuedu feed add URL")
        }
        var parts = ["\(summary.newItems) new item" + (summary.newItems == 1 ? "" : "s")]
        if summary.notModified > 0 { parts.append("\(summary.notModified) not modified") }
        if summary.skipped > 0 { parts.append("\(summary.skipped) skipped") }
        if summary.failed > 0 { parts.append("\(summary.failed) failed (F shows why)") }
        let feeds = "\(summary.feeds) feed" + (summary.feeds == 1 ? "" : "s")
        let head = summary.cancelled > 0
            ? "已取消更新 update cancelled after \(summary.feeds - summary.cancelled) of \(feeds)"
            : "更新完成 \(feeds)"
        return StatusMessage(head + ": " + parts.joined(separator: ", "), isError: summary.failed > 0)
    }
}
