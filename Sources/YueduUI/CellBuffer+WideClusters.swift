import YueduText

extension CellBuffer {
    /// A grapheme wider than two columns (Hangul leading jamo join the
    /// syllable after them, so hostile text can make one cluster of any
    /// width): the terminal draws it scalar by scalar, so each spacing scalar
    /// gets its own cell, zero-width ones riding on the cell before. A cell
    /// never claims more than two columns, so no row outgrows its width.
    /// False when the grapheme does not fit before `limit` (nothing written).
    mutating func putSpread(_ grapheme: Character, column: inout Int, y: Int, limit: Int, style: Style) -> Bool {
        var pieces: [(text: String, width: Int)] = []
        for scalar in grapheme.unicodeScalars {
            let w = max(TextWidth.libcWidth(scalar), 0)
            if w == 0, !pieces.isEmpty {
                pieces[pieces.count - 1].text.unicodeScalars.append(scalar)
            } else if w > 0 {
                pieces.append((String(scalar), w))
            }
        }
        guard column + pieces.reduce(0, { $0 + $1.width }) <= limit else { return false }
        for piece in pieces {
            set(Cell(text: piece.text, width: piece.width, style: style), x: column, y: y)
            column += piece.width
        }
        return true
    }
}
