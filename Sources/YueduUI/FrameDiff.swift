/// The cells a terminal must write to turn the frame it last drew into the
/// next one: all of them when there was none or the size changed, else only
/// those that differ. A wide cell is rewritten when its right half changed
/// too, so no half of a wide character is left behind.
public struct FrameDiff: Equatable, Sendable {
    public struct Change: Hashable, Sendable {
        public var x: Int
        public var y: Int
        public var cell: Cell
        public init(x: Int, y: Int, cell: Cell) { self.x = x; self.y = y; self.cell = cell }
    }

    /// The screen must be erased first: every cell is in `changes`.
    public let isFull: Bool
    /// Left to right, top to bottom; continuation cells never appear.
    public let changes: [Change]

    public init(from previous: CellBuffer?, to next: CellBuffer) {
        let full = previous.map { $0.width != next.width || $0.height != next.height } ?? true
        var changes: [Change] = []
        for y in 0..<next.height {
            for x in 0..<next.width {
                let cell = next[x, y]
                if cell.isContinuation { continue }
                if !full, let previous, previous[x, y] == cell,
                   cell.width < 2 || x + 1 >= next.width || previous[x + 1, y] == next[x + 1, y] { continue }
                changes.append(Change(x: x, y: y, cell: cell))
            }
        }
        isFull = full
        self.changes = changes
    }
}
