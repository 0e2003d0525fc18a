import YueduModel

/// Back and forward through opened articles, like a browser: opening from the
/// list or a related link pushes, going back or forward moves between stacks.
public struct History: Equatable, Sendable, Codable {
    public var back: [String]
    public var forward: [String]
    public init(back: [String] = [], forward: [String] = []) { self.back = back; self.forward = forward }

    /// A new article replaces `current`: the forward stack is forgotten.
    mutating func push(_ current: String?, opening key: String) {
        guard let current, current != key else { return }
        back.append(current)
        forward.removeAll()
    }
}

/// How an article being loaded was asked for, so history changes only once it
/// has arrived (a missing article changes nothing).
public enum Navigation: Equatable, Sendable {
    case push, back, forward, restore
}

/// An article asked for and not yet loaded.
public struct PendingOpen: Equatable, Sendable {
    public var key: String
    public var navigation: Navigation
    /// The search query to highlight, when opened from search results.
    public var highlightQuery: String?
    /// Where to scroll when the store has no saved position (session restore).
    public var fallbackPosition: ReadingPosition?
    /// The pane that gets focus once the article is shown.
    public var focus: Pane?
    public init(key: String, navigation: Navigation, highlightQuery: String? = nil,
                fallbackPosition: ReadingPosition? = nil, focus: Pane? = nil) {
        self.key = key; self.navigation = navigation; self.highlightQuery = highlightQuery
        self.fallbackPosition = fallbackPosition; self.focus = focus
    }
}
