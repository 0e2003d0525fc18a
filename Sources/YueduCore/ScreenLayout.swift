/// A rectangle of screen cells. Core's own type so the reducer can know pane
/// sizes (page length, scroll limits, text width) without depending on UI.
public struct Region: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }
    /// The area inside a one-cell border.
    public var inner: Region { Region(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
}

/// How the screen is divided, decided by its size alone.
public enum LayoutMode: Hashable, Sendable {
    /// ≥ 140 columns: list | article | related side by side.
    case wide
    /// 80–139 columns: list | article, related below the article.
    case medium
    /// < 80 columns (or too short to split): one pane at a time.
    case narrow
    /// Too small for anything but a notice.
    case tiny
}

/// Pane boxes (with shared borders) and the status row for a screen size.
/// Boxes overlap by one column/row where they share a border, so every
/// border stands at a fixed column whatever the content.
public struct ScreenLayout: Hashable, Sendable {
    public static let wideMinimum = 140
    public static let mediumMinimum = 80
    public static let tinyWidth = 20
    public static let tinyHeight = 6

    public let mode: LayoutMode
    public let width: Int
    public let height: Int
    /// Outer boxes (border included) of each pane; in narrow mode all three
    /// share the one box and only the focused pane is drawn.
    public let list: Region
    public let article: Region
    public let related: Region
    public let status: Region

    /// `preferences` (the config file's [layout]) can move the related pane
    /// and change the proportions; the defaults give the layout described
    /// at `LayoutMode`.
    public init(width: Int, height: Int, preferences: LayoutPreferences = LayoutPreferences()) {
        let width = max(0, width), height = max(0, height)
        self.width = width; self.height = height
        let body = height - 1
        status = Region(x: 0, y: max(0, height - 1), width: width, height: height > 0 ? 1 : 0)
        if width < Self.tinyWidth || height < Self.tinyHeight {
            mode = .tiny
            let none = Region(x: 0, y: 0, width: 0, height: 0)
            list = none; article = none; related = none
        } else if width >= Self.mediumMinimum, preferences.related == .beside
                    || (width >= Self.wideMinimum && (preferences.related == .auto || body < 12)) {
            mode = .wide
            let a = width * (preferences.listPercent ?? 30) / 100
            // The article keeps at least a third of the screen whatever the percentages.
            let b = max(a + width / 3, width - width * (preferences.relatedPercent ?? 25) / 100 - 1)
            list = Region(x: 0, y: 0, width: a + 1, height: body)
            article = Region(x: a, y: 0, width: b - a + 1, height: body)
            related = Region(x: b, y: 0, width: width - b, height: body)
        } else if width >= Self.mediumMinimum, body >= 12 {
            mode = .medium
            let a = width * (preferences.listPercent ?? 40) / 100
            let split = body - max(5, preferences.relatedPercent.map { body * $0 / 100 } ?? body / 3)
            list = Region(x: 0, y: 0, width: a + 1, height: body)
            article = Region(x: a, y: 0, width: width - a, height: split + 1)
            related = Region(x: a, y: split, width: width - a, height: body - split)
        } else {
            mode = .narrow
            let whole = Region(x: 0, y: 0, width: width, height: body)
            list = whole; article = whole; related = whole
        }
    }

    public func box(of pane: Pane) -> Region {
        switch pane {
        case .list: return list
        case .article: return article
        case .related: return related
        }
    }

    /// Where a pane's content goes.
    public func content(of pane: Pane) -> Region { box(of: pane).inner }

    /// The article text column: the content less one column of margin each side.
    public var articleText: Region {
        let c = article.inner
        return c.width > 4 ? Region(x: c.x + 1, y: c.y, width: c.width - 2, height: c.height) : c
    }

    /// Panes drawn for a focus: all of them, except in narrow mode.
    public func visiblePanes(focus: Pane) -> [Pane] {
        switch mode {
        case .wide, .medium: return Pane.allCases
        case .narrow: return [focus]
        case .tiny: return []
        }
    }
}
