import YueduModel
import YueduText

/// Everything the screen shows and the reducer needs, and nothing else.
public struct AppState: Equatable, Sendable {
    public static let searchHistoryLimit = 50
    public static let searchResultLimit = 500

    public var width: Int
    public var height: Int
    public var focus: Pane = .list
    public var view: ListView = .all
    /// Where Esc leaves the search view for.
    public var viewBeforeSearch: ListView?
    public var list = ListWindow()
    /// Index of the selected row in the whole view (not the window).
    public var selection = 0
    /// View index of the list pane's top row.
    public var listScroll = 0
    public var counts: LibraryCounts?
    /// Read and favourite marks: the one copy every pane reads.
    public var marks = MarkBook()
    public var article: OpenArticle?
    public var relatedSelection = 0
    public var history = History()
    public var pendingOpen: PendingOpen?
    /// Selects this key once the page holding it arrives (session restore).
    public var pendingSelectionKey: String?
    public var status: StatusMessage?
    /// Help, the site or the feed picker: one overlay at most covers the panes.
    public var overlay: Overlay?
    public var prompt: SearchPrompt?
    public var searchHistory: [String] = []
    /// The page being fetched into the library, at most one at a time.
    public var fetch: PendingFetch?
    /// The update of every feed running in the background, at most one.
    public var feedUpdate: FeedUpdateRun?
    /// The search view's hits, parallel to `list.rows`.
    public var searchHits: [SearchHit] = []
    /// The search whose answers the state waits for, at most one.
    public var runningSearch: RunningSearch?
    /// The last search ticket handed out; each search takes the next.
    public var searchTickets = 0

    /// From the configuration file: keys, layout, mark-read policy, text options.
    public var preferences = Preferences()
    /// The script the text is shown in now: `preferences.conversion` at
    /// start, then what `t` cycled to.
    public var conversion: ScriptConversion = .none
    /// Converted articles, so a toggle back and forth runs OpenCC once.
    public var conversions = ConversionMemo()

    public init(width: Int, height: Int, preferences: Preferences = Preferences()) {
        self.width = width; self.height = height; self.preferences = preferences
        conversion = preferences.conversion
    }

    /// How text enters the state now.
    public var displayText: DisplayText { DisplayText(preferences, conversion: conversion) }

    public var layout: ScreenLayout { ScreenLayout(width: width, height: height, preferences: preferences.layout) }

    /// Where keys go now: the prompt, an overlay, or the focused pane.
    public var keyContext: KeyContext {
        if prompt != nil { return .prompt }
        switch overlay {
        case .urlPrompt: return .prompt  // the same line editor, so the same keys
        case .sitePicker: return .sitePicker
        case .feedPicker: return .feedPicker
        case .help: return .help
        case nil: return KeyContext(focus)
        }
    }

    /// The selected list row, if loaded.
    public var selectedSummary: ArticleSummary? { list.row(at: selection) }

    /// The search hit at a view index, in the search view.
    public func searchHit(at index: Int) -> SearchHit? {
        guard case .search = view, index >= 0, index < searchHits.count else { return nil }
        return searchHits[index]
    }
}

/// The article being read.
public struct OpenArticle: Equatable, Sendable {
    /// The article as shown (`DisplayText`): converted, ascii punctuation.
    public var detail: ArticleDetail
    /// As the store has it, to show again in another script.
    public var imported: ArticleDetail
    /// Per paragraph, imported → shown Characters; empty: one to one.
    public var offsets: [ConversionOffsets] = []
    /// The title's, imported → shown; nil: one to one.
    public var titleOffsets: ConversionOffsets?
    /// Laid out for the current article text width.
    public var document: ArticleDocument
    /// Document row at the pane's top.
    public var scroll: Int
    /// Where the reader is, width-independently. Set by scrolling, not by
    /// the clamping a resize does, so shrinking and growing the terminal
    /// comes back to the same place.
    public var anchor: ReadingPosition
    public var highlightQuery: String?
    public var matches: [DocumentMatch]
    /// Index into `matches` of the match n/N last jumped to.
    public var currentMatch: Int?
    /// G was pressed before the whole layout arrived: it goes to the end
    /// once it does. Any other scroll clears it.
    public var endWanted = false

    public init(detail: ArticleDetail, document: ArticleDocument, scroll: Int = 0, highlightQuery: String? = nil,
                imported: ArticleDetail? = nil, offsets: [ConversionOffsets] = [], titleOffsets: ConversionOffsets? = nil) {
        self.detail = detail; self.document = document; self.scroll = scroll
        self.imported = imported ?? detail; self.offsets = offsets; self.titleOffsets = titleOffsets
        anchor = .top
        self.highlightQuery = highlightQuery
        matches = []
        anchor = position(atRow: scroll)
        findMatches()
    }

    public var key: String { detail.article.key }
    public var position: ReadingPosition { anchor }

    /// The reading position (in the imported text) a reader at `row` has reached.
    public func position(atRow row: Int) -> ReadingPosition {
        var position = document.position(atRow: row)
        if position.paragraph >= 0, position.paragraph < offsets.count {
            position.character = offsets[position.paragraph].original(position.character)
        }
        return position
    }

    /// The row that shows `position` (in the imported text).
    public func row(for position: ReadingPosition) -> Int {
        var shown = position
        if position.paragraph >= 0, position.paragraph < offsets.count {
            shown.character = offsets[position.paragraph].converted(position.character)
        }
        return document.row(for: shown)
    }

    /// The highlight query's matches in the document as laid out now:
    /// found in the imported text and carried onto the shown one.
    public mutating func findMatches() {
        matches = highlightQuery.map {
            document.matches(of: $0, imported: imported.article.paragraphs, shown: detail.article.paragraphs,
                             offsets: offsets,
                             title: titleOffsets.map { (imported.article.title, detail.article.title, $0) })
        } ?? []
    }
}

/// DisplayConversionCache as state: what is cached changes what later
/// conversions cost, never what the screen shows, so it takes no part in
/// comparing states.
public struct ConversionMemo: Equatable, Sendable {
    public var cache = DisplayConversionCache()
    public init() {}
    public static func == (_: ConversionMemo, _: ConversionMemo) -> Bool { true }
}

/// A line for the status bar.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool = false) { self.text = text; self.isError = isError }
}

/// What can cover the panes, one at a time.
public enum Overlay: Equatable, Sendable {
    case help(HelpState)
    case sitePicker(SitePicker)
    case feedPicker(FeedPicker)
    /// `a`: the one-line prompt for a URL to fetch, drawn on the status line.
    case urlPrompt(SearchPrompt)
}

extension AppState {
    /// The help overlay, when it is the one open; setting it replaces any other.
    public var help: HelpState? {
        get { if case .help(let state) = overlay { return state } else { return nil } }
        set { if let newValue { overlay = .help(newValue) } else if help != nil { overlay = nil } }
    }

    /// The URL prompt, when it is the one open; setting it replaces any other.
    public var urlPrompt: SearchPrompt? {
        get { if case .urlPrompt(let prompt) = overlay { return prompt } else { return nil } }
        set { if let newValue { overlay = .urlPrompt(newValue) } else if urlPrompt != nil { overlay = nil } }
    }

    /// The site picker, when it is the one open; setting it replaces any other.
    public var sitePicker: SitePicker? {
        get { if case .sitePicker(let picker) = overlay { return picker } else { return nil } }
        set { if let newValue { overlay = .sitePicker(newValue) } else if sitePicker != nil { overlay = nil } }
    }

    /// The feed picker, when it is the one open; setting it replaces any other.
    public var feedPicker: FeedPicker? {
        get { if case .feedPicker(let picker) = overlay { return picker } else { return nil } }
        set { if let newValue { overlay = .feedPicker(newValue) } else if feedPicker != nil { overlay = nil } }
    }
}

/// The help overlay, scrolled.
public struct HelpState: Equatable, Sendable {
    public var scroll = 0
    public init(scroll: Int = 0) { self.scroll = scroll }
}

/// The site picker overlay; `sites` is nil until loaded.
public struct SitePicker: Equatable, Sendable {
    public var sites: [SiteCount]?
    public var selection = 0
    public init(sites: [SiteCount]? = nil, selection: Int = 0) { self.sites = sites; self.selection = selection }
}
