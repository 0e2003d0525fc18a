import YueduCore

/// Command names as the configuration file's `[keys]` table writes them.
extension Command {
    /// Every command the file may bind, in the order the default file lists them.
    public static let configurable: [Command] = [
        .moveDown, .moveUp, .top, .bottom, .halfPageDown, .halfPageUp, .pageDown, .pageUp, .open,
        .focusNext, .focusPrevious, .focusLeft, .focusRight, .back, .forward, .toggleFavorite, .toggleRead,
    ] + (1...9).map { Command.openRelated($0) } + [
        .cycleView, .sitePicker, .feedPicker, .updateFeeds, .search, .nextMatch, .previousMatch, .openLink, .copyLink, .addURL, .help, .close, .quit,
        .cycleConversion,
        .submit, .cursorLeft, .cursorRight, .cursorHome, .cursorEnd, .deleteBackward, .deleteForward, .clearLine,
        .historyPrevious, .historyNext,
    ]

    public var configName: String {
        switch self {
        case .moveDown: return "move_down"
        case .moveUp: return "move_up"
        case .top: return "top"
        case .bottom: return "bottom"
        case .halfPageDown: return "half_page_down"
        case .halfPageUp: return "half_page_up"
        case .pageDown: return "page_down"
        case .pageUp: return "page_up"
        case .open: return "open"
        case .focusNext: return "next_pane"
        case .focusPrevious: return "previous_pane"
        case .focusLeft: return "pane_left"
        case .focusRight: return "pane_right"
        case .back: return "back"
        case .forward: return "forward"
        case .toggleFavorite: return "toggle_favorite"
        case .toggleRead: return "toggle_read"
        case .openRelated(let n): return "open_related_\(n)"
        case .cycleView: return "cycle_view"
        case .sitePicker: return "choose_site"
        case .feedPicker: return "choose_feed"
        case .updateFeeds: return "update_feeds"
        case .search: return "search"
        case .nextMatch: return "next_match"
        case .previousMatch: return "previous_match"
        case .cycleConversion: return "cycle_conversion"
        case .openLink: return "open_link"
        case .copyLink: return "copy_link"
        case .addURL: return "add_url"
        case .help: return "help"
        case .quit: return "quit"
        case .close: return "close"
        case .cursorLeft: return "prompt_cursor_left"
        case .cursorRight: return "prompt_cursor_right"
        case .cursorHome: return "prompt_start_of_line"
        case .cursorEnd: return "prompt_end_of_line"
        case .deleteBackward: return "prompt_delete_before"
        case .deleteForward: return "prompt_delete_after"
        case .clearLine: return "prompt_clear"
        case .historyPrevious: return "prompt_older_search"
        case .historyNext: return "prompt_newer_search"
        case .submit: return "prompt_search"
        }
    }

    public init?(configName: String) {
        guard let command = Self.byName[configName] else { return nil }
        self = command
    }

    private static let byName: [String: Command] = Dictionary(uniqueKeysWithValues: configurable.map { ($0.configName, $0) })
}
