import YueduCore
import YueduText

extension CellBuffer {
    /// Writes one row of exactly `width` cells: the text truncated or padded
    /// by the text engine, so nothing runs past the pane (L11).
    mutating func putRow(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain) {
        guard width > 0 else { return }
        fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        put(Truncation.truncate(text.singleLine, to: width), x: x, y: y, maxWidth: width, style: style)
    }

    /// Restyles the cells of the Characters in `ranges` of `text`, which was
    /// written at (`x`, `y`) (already sanitized, as `Truncation` returns it).
    mutating func highlight(_ ranges: [Range<Int>], of text: String, x: Int, y: Int, maxWidth: Int, style: Style) {
        guard !ranges.isEmpty else { return }
        var column = 0
        for (index, c) in text.enumerated() {
            let w = TextWidth.of(c)
            if column + w > maxWidth { break }
            if ranges.contains(where: { $0.contains(index) }), w > 0 {
                restyle(Rect(x: x + column, y: y, width: w, height: 1)) { current in
                    current.fg = style.fg; current.bg = style.bg
                    current.bold = current.bold || style.bold
                    current.underline = current.underline || style.underline
                    current.reverse = current.reverse != style.reverse
                }
            }
            column += w
        }
    }

    /// A pane title written into its top border: ` title `.
    mutating func putTitle(_ title: String, box: Region, style: Style) {
        let room = box.width - 4
        guard room > 2 else { return }
        let text = TextWidth.of(" " + title + " ") <= room ? " " + title + " "
                                                           : Truncation.truncate(" " + title, to: room - 1) + " "
        put(text, x: box.x + 2, y: box.y, maxWidth: room, style: style)
    }
}

extension Rect {
    init(_ r: Region) { self.init(x: r.x, y: r.y, width: r.width, height: r.height) }
}

extension String {
    /// Fields shown on one row (titles, sites, messages) with any line break
    /// made a space: the sanitizer keeps newlines, and a row must stay one line.
    var singleLine: String {
        contains(where: \.isNewline) ? String(map { $0.isNewline ? " " : $0 }) : self
    }
}
