import YueduCore

/// The characters pane borders are drawn with.
public struct BorderSet: Hashable, Sendable {
    public var horizontal, vertical: Character
    public var topLeft, topRight, bottomLeft, bottomRight: Character
    /// ├ ┤ ┬ ┴ ┼: where borders meet.
    public var teeRight, teeLeft, teeDown, teeUp, cross: Character

    public static let box = BorderSet(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
                                      bottomRight: "┘", teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼")
    /// For terminals or fonts that draw box-drawing characters badly.
    public static let ascii = BorderSet(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
                                        bottomRight: "+", teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+")
}

/// Styles and marker characters. The runtime picks `.monochrome` when
/// NO_COLOR is set or the terminal has no colours.
public struct Theme: Hashable, Sendable {
    public var borders: BorderSet
    public var border: Style
    public var paneTitle: Style
    public var focusedPaneTitle: Style
    public var row: Style
    public var unread: Style
    /// The selected row of the focused pane.
    public var selection: Style
    /// The selected row of a pane without focus.
    public var inactiveSelection: Style
    public var favoriteMarker: Style
    public var articleTitle: Style
    public var meta: Style
    public var body: Style
    public var match: Style
    public var currentMatch: Style
    public var dim: Style
    public var status: Style
    public var statusError: Style
    public var hint: Style
    public var unreadMark: Character
    public var favoriteMark: Character
    public var inLibraryMark: Character
    public var notInLibraryMark: Character

    public static let `default` = Theme(
        borders: .box, border: Style(fg: .brightBlack), paneTitle: Style(fg: .cyan),
        focusedPaneTitle: Style(fg: .cyan, bold: true, reverse: true), row: .plain, unread: Style(bold: true),
        selection: Style(reverse: true), inactiveSelection: Style(underline: true), favoriteMarker: Style(fg: .yellow),
        articleTitle: Style(fg: .cyan, bold: true), meta: Style(fg: .brightBlack), body: .plain,
        match: Style(fg: .black, bg: .yellow), currentMatch: Style(fg: .black, bg: .yellow, bold: true, underline: true),
        dim: Style(fg: .brightBlack), status: .plain, statusError: Style(fg: .red, bold: true),
        hint: Style(fg: .brightBlack), unreadMark: "●", favoriteMark: "★", inLibraryMark: "→", notInLibraryMark: "·")

    /// For light backgrounds: blue instead of cyan, magenta instead of
    /// yellow, which wash out on white.
    public static let light = Theme(
        borders: .box, border: Style(fg: .brightBlack), paneTitle: Style(fg: .blue),
        focusedPaneTitle: Style(fg: .blue, bold: true, reverse: true), row: .plain, unread: Style(bold: true),
        selection: Style(reverse: true), inactiveSelection: Style(underline: true), favoriteMarker: Style(fg: .magenta),
        articleTitle: Style(fg: .blue, bold: true), meta: Style(fg: .brightBlack), body: .plain,
        match: Style(bg: .yellow), currentMatch: Style(bg: .yellow, bold: true, underline: true),
        dim: Style(fg: .brightBlack), status: .plain, statusError: Style(fg: .red, bold: true),
        hint: Style(fg: .brightBlack), unreadMark: "●", favoriteMark: "★", inLibraryMark: "→", notInLibraryMark: "·")

    /// No colours: meaning carried by reverse, bold and underline only.
    public static let monochrome = Theme(
        borders: .box, border: .plain, paneTitle: .plain, focusedPaneTitle: Style(bold: true, reverse: true),
        row: .plain, unread: Style(bold: true), selection: Style(reverse: true), inactiveSelection: Style(underline: true),
        favoriteMarker: .plain, articleTitle: Style(bold: true), meta: Style(dim: true), body: .plain,
        match: Style(bold: true, underline: true), currentMatch: Style(bold: true, reverse: true, underline: true),
        dim: Style(dim: true), status: .plain, statusError: Style(bold: true), hint: Style(dim: true),
        unreadMark: "●", favoriteMark: "★", inLibraryMark: "→", notInLibraryMark: "·")

    /// The same theme with ASCII borders and markers (newsboat's N for unread).
    public var ascii: Theme {
        var t = self
        t.borders = .ascii
        t.unreadMark = "N"; t.favoriteMark = "*"; t.inLibraryMark = ">"; t.notInLibraryMark = "."
        return t
    }
}

extension Theme {
    public static func named(_ name: ThemeName) -> Theme {
        switch name {
        case .default: return .default
        case .light: return .light
        case .monochrome: return .monochrome
        }
    }

    /// The theme the reader draws with: the configured one, monochrome
    /// whenever colour is unwanted (NO_COLOR, --no-color) or unavailable,
    /// and ASCII borders and marks when the terminal cannot draw lines or
    /// the user asked for ASCII punctuation (box-drawing characters are
    /// East Asian ambiguous too).
    public static func resolve(_ name: ThemeName, colors: Bool, lineDrawing: Bool, asciiPunctuation: Bool) -> Theme {
        var theme = colors ? named(name) : .monochrome
        if !lineDrawing || asciiPunctuation { theme = theme.ascii }
        return theme
    }
}
