import YueduText

/// Colours the themes use; the terminal maps them to what it can show.
public enum Color: Hashable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack
}

/// How a cell is drawn. `fg`/`bg` nil means the terminal's default.
public struct Style: Hashable, Sendable {
    public var fg: Color?
    public var bg: Color?
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(fg: Color? = nil, bg: Color? = nil, bold: Bool = false, reverse: Bool = false,
                underline: Bool = false, dim: Bool = false) {
        self.fg = fg; self.bg = bg; self.bold = bold; self.reverse = reverse
        self.underline = underline; self.dim = dim
    }

    public static let plain = Style()
}

/// One terminal column. A wide grapheme occupies its cell (width 2) and the
/// next one, which is a continuation (width 0, empty text).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int
    public var style: Style

    public init(text: String, width: Int, style: Style = .plain) {
        self.text = text; self.width = width; self.style = style
    }

    public static let blank = Cell(text: " ", width: 1)
    static let continuation = Cell(text: "", width: 0)
    public var isContinuation: Bool { width == 0 }
}

/// A rectangle of the screen, in cells.
public struct Rect: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
}

/// A cell position for the terminal cursor.
public struct CursorPosition: Hashable, Sendable {
    public var x: Int, y: Int
    public init(x: Int, y: Int) { self.x = x; self.y = y }
}

/// The screen as positioned cells. Panes write into it; the terminal module
/// draws the cells that changed. Writes never spill outside the given width
/// and never leave half of a wide character behind.
public struct CellBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal should show its cursor (the search prompt's
    /// insertion point); nil keeps it hidden.
    public var cursor: CursorPosition?
    /// Spell ambiguous-width punctuation in ASCII (config `ascii_punctuation`)
    /// in whatever reaches the cells still holding some (the truncation
    /// mark, separators), one cell for one cell so no layout shifts: `…`
    /// becomes `.`. Library text was respelled in full before layout, by
    /// `DisplayText` as it entered the state.
    public var asciiPunctuation = false

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    /// Writes `text` (sanitized here, so no control byte can reach the
    /// terminal) from column `x` of row `y`, stopping before the first
    /// grapheme that would cross `x + maxWidth` or the buffer's edge. Returns
    /// the columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        for original in Sanitizer.sanitize(text) {
            if original == "\n" { break }
            let w = TextWidth.of(original)
            var grapheme = original
            if asciiPunctuation, w == 1, let ascii = Sanitizer.asciiForAmbiguous(String(original)).first { grapheme = ascii }
            if w == 0 { continue }
            if w > 2 { if putSpread(grapheme, column: &column, y: y, limit: limit, style: style) { continue } else { break } }
            if column + w > limit { break }
            set(Cell(text: String(grapheme), width: w, style: style), x: column, y: y)
            column += w
        }
        return column - x
    }

    /// Fills `rect` with `character` (a width-1 grapheme) in `style`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        for row in max(0, rect.y)..<min(height, rect.maxY) {
            for column in max(0, rect.x)..<min(width, rect.maxX) {
                set(Cell(text: String(character), width: 1, style: style), x: column, y: row)
            }
        }
    }

    /// Changes the style of cells already written, e.g. to highlight a row.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        for row in max(0, rect.y)..<min(height, rect.maxY) {
            for column in max(0, rect.x)..<min(width, rect.maxX) {
                change(&cells[row * width + column].style)
            }
        }
    }

    /// Places one cell, clearing any wide character it would cut in half.
    mutating func set(_ cell: Cell, x: Int, y: Int) {
        let index = y * width + x
        // Overwriting the right half of a wide character: blank its left half.
        if cells[index].isContinuation, x > 0 { cells[index - 1] = Cell(text: " ", width: 1, style: cells[index - 1].style) }
        // Overwriting the left half of a wide character: blank its right half.
        if cells[index].width == 2, x + 1 < width { cells[index + 1] = Cell(text: " ", width: 1, style: cells[index].style) }
        cells[index] = cell
        if cell.width == 2, x + 1 < width {
            if cells[index + 1].width == 2, x + 2 < width { cells[index + 2] = Cell(text: " ", width: 1, style: cells[index + 1].style) }
            cells[index + 1] = Cell(text: "", width: 0, style: cell.style)
        }
    }

    /// Row `y` as text: what `capture-pane` would show for it.
    public func rowText(_ y: Int) -> String {
        var out = ""
        for x in 0..<width { out += self[x, y].text }
        return out
    }

    /// Every row as text, for tests: `#expect(buffer.lines == ["┌──┐", …])`.
    public var lines: [String] { (0..<height).map(rowText) }
}
