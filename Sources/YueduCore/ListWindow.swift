import YueduModel

/// The part of a view's rows held in memory: `total` rows exist, `rows` holds
/// the ones from `offset`. The reducer asks for another page as the selection
/// nears an edge, so 100,000 rows are never loaded at once.
public struct ListWindow: Equatable, Sendable {
    /// Rows asked for at once; the window is one page.
    public static let pageSize = 200
    /// Ask for the next page once the selection is this close to an edge.
    public static let margin = 40

    public var total: Int
    public var offset: Int
    public var rows: [ArticleSummary]
    /// Offset of the page asked for and not yet answered, so a held key does
    /// not ask twice.
    public var requestedOffset: Int?
    /// False until the first page (or search result) arrives.
    public var isLoaded: Bool

    public init(total: Int = 0, offset: Int = 0, rows: [ArticleSummary] = [], requestedOffset: Int? = nil,
                isLoaded: Bool = false) {
        self.total = total; self.offset = offset; self.rows = rows
        self.requestedOffset = requestedOffset; self.isLoaded = isLoaded
    }

    /// The row at a view index, when it is in the window.
    public func row(at index: Int) -> ArticleSummary? {
        let local = index - offset
        guard local >= 0, local < rows.count else { return nil }
        return rows[local]
    }

    /// The view index of the row with `key`, when it is in the window.
    public func index(ofKey key: String) -> Int? {
        rows.firstIndex { $0.key == key }.map { $0 + offset }
    }

    /// Whether `index` is close enough to an unloaded edge to ask for a page.
    func needsPage(around index: Int) -> Bool {
        guard total > 0 else { return false }
        let end = offset + rows.count
        let nearStart = offset > 0 && index < offset + Self.margin
        let nearEnd = end < total && index >= end - Self.margin
        return nearStart || nearEnd
    }

    /// The offset of the page that centres `index`.
    static func pageOffset(around index: Int, total: Int) -> Int {
        max(0, min(index - pageSize / 2, total - pageSize))
    }
}
