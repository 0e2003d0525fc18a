import YueduText

/// What the configuration file can change. The defaults are the reader as it
/// is without a file; AppState carries the preferences so the reducer, the
/// layout and the panes read them from one place.
public struct Preferences: Hashable, Sendable {
    public var keyMap: KeyMap = .standard
    public var theme: ThemeName = .default
    public var layout = LayoutPreferences()
    public var markRead: MarkReadPolicy = .onOpen
    /// The two-ideographic-space indent of zh/ja paragraphs.
    public var firstLineIndent = true
    /// Replace East Asian ambiguous punctuation (“”…—①) with ASCII, for
    /// terminals that draw it two cells wide while wcwidth says one.
    public var asciiPunctuation = false
    /// Report clicks and the wheel. Off leaves the mouse to the terminal
    /// (plain drag selects text, as without yuedu).
    public var mouse = true
    /// The script conversion the reader starts with and `t` cycles to
    /// (none → this → its reverse); `none` cycles none → s2t → t2s.
    public var conversion: ScriptConversion = .none

    public init() {}
    public static let standard = Preferences()
}

public enum ThemeName: String, Hashable, Sendable, CaseIterable {
    case `default`, light, monochrome
}

/// When an opened article counts as read.
public enum MarkReadPolicy: String, Hashable, Sendable, CaseIterable {
    /// As soon as it is opened (newsboat's way).
    case onOpen = "open"
    /// When its last row has been on screen.
    case atEnd = "end"
}

/// Where the related pane goes in a screen wide enough for it.
public enum RelatedPlacement: String, Hashable, Sendable, CaseIterable {
    /// Beside the article from 140 columns, below it from 80.
    case auto
    /// A third column whenever the screen is at least 80 columns wide.
    case beside
    /// Under the article, whatever the width.
    case below
}

public struct LayoutPreferences: Hashable, Sendable {
    /// The list pane's share of the width, in percent; nil keeps the
    /// built-in 30 % (three columns) or 40 % (two columns).
    public var listPercent: Int?
    /// The related pane's share: of the width when beside, of the height
    /// when below; nil keeps the built-in 25 % / 33 %.
    public var relatedPercent: Int?
    public var related: RelatedPlacement = .auto

    public init(listPercent: Int? = nil, relatedPercent: Int? = nil, related: RelatedPlacement = .auto) {
        self.listPercent = listPercent; self.relatedPercent = relatedPercent; self.related = related
    }

    public static let percentRange = 10...60
}
