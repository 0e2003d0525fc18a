import YueduText

/// A captured screen as columns, the way the terminal laid it out: a wide
/// character fills its column and the next (a "" placeholder), so border
/// columns can be compared across rows whatever text stands before them.
struct ScreenGrid {
    let rows: [[String]]

    init(_ lines: [String]) {
        rows = lines.map { line in
            var cells: [String] = []
            for character in line {
                let width = TextWidth.of(character)
                guard width > 0 else { continue }
                cells.append(String(character))
                if width == 2 { cells.append("") }
            }
            return cells
        }
    }

    func cell(_ x: Int, _ y: Int) -> String {
        guard y < rows.count, x < rows[y].count else { return " " }
        return rows[y][x]
    }

    static let verticalBorder: Set<String> = ["│", "├", "┤", "┼", "┬", "┴", "┌", "┐", "└", "┘"]

    /// Problems with the frame: each vertical border seen on the first row
    /// below the top must stand in the same column on every row down to the
    /// bottom border, the right border must be the screen's last column, and
    /// no row may be wider than the screen. Empty when the frame is sound.
    func frameProblems(width: Int, height: Int) -> [String] {
        var problems: [String] = []
        for (y, row) in rows.enumerated() where row.count > width {
            problems.append("row \(y) is \(row.count) columns wide on a \(width)-column screen")
        }
        guard cell(0, 0) == "┌" else { return problems + ["no frame: row 0 starts with \(cell(0, 0))"] }
        guard let bottom = (1..<rows.count).first(where: { cell(0, $0) == "└" }) else {
            return problems + ["no bottom-left corner"]
        }
        let columns = (0..<width).filter { Self.verticalBorder.contains(cell($0, 1)) }
        if columns.last != width - 1 { problems.append("right border at \(columns.last ?? -1), expected \(width - 1)") }
        for y in 1..<bottom {
            for x in columns where !Self.verticalBorder.contains(cell(x, y)) {
                problems.append("row \(y), column \(x): \"\(cell(x, y))\" where a border stands on row 1")
            }
        }
        return problems
    }
}
