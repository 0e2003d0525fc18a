/// What a key asks for. The key table maps keys to commands per context; the
/// reducer carries commands out.
public enum Command: Hashable, Sendable {
    case moveDown, moveUp, top, bottom
    case halfPageDown, halfPageUp, pageDown, pageUp
    case open
    case focusNext, focusPrevious, focusLeft, focusRight
    case back, forward
    case toggleFavorite, toggleRead
    /// Open related item N (1-based), as lynx and newsboat number links.
    case openRelated(Int)
    case cycleView, sitePicker, search
    /// The feed picker (unread counts, last errors); update every feed in the background.
    case feedPicker, updateFeeds
    case nextMatch, previousMatch
    /// Show the text as imported, in the configured script, or in its reverse.
    case cycleConversion
    case help, quit
    /// Open the article's URL in the browser; copy it with OSC 52.
    case openLink, copyLink
    /// Prompt for a URL, then fetch the page into the library and open it.
    case addURL
    /// Close what is open: overlay, prompt, or the search view.
    case close
    // The search prompt.
    case cursorLeft, cursorRight, cursorHome, cursorEnd
    case deleteBackward, deleteForward, clearLine
    case historyPrevious, historyNext, submit
}

/// Where a key is read: a focused pane, or the overlay that has the keys.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    case list, article, related, sitePicker, feedPicker, help, prompt

    public init(_ pane: Pane) {
        switch pane {
        case .list: self = .list
        case .article: self = .article
        case .related: self = .related
        }
    }
}
