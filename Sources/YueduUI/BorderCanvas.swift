import YueduCore

/// Collects box outlines and draws them with the right junctions where boxes
/// share an edge (┬ ├ ┼ …), so panes share one border column.
struct BorderCanvas {
    private static let up: UInt8 = 1, down: UInt8 = 2, left: UInt8 = 4, right: UInt8 = 8
    private var arms: [Int: UInt8] = [:]
    let width: Int

    init(width: Int) { self.width = width }

    mutating func addBox(_ r: Region) {
        guard r.width >= 2, r.height >= 2 else { return }
        let maxX = r.x + r.width - 1, maxY = r.y + r.height - 1
        for x in r.x...maxX {
            var top: UInt8 = 0, bottom: UInt8 = 0
            if x > r.x { top |= Self.left; bottom |= Self.left }
            if x < maxX { top |= Self.right; bottom |= Self.right }
            if x == r.x || x == maxX { top |= Self.down; bottom |= Self.up }
            add(top, x: x, y: r.y)
            add(bottom, x: x, y: maxY)
        }
        for y in r.y...maxY {
            var arm: UInt8 = 0
            if y > r.y { arm |= Self.up }
            if y < maxY { arm |= Self.down }
            add(arm, x: r.x, y: y)
            add(arm, x: maxX, y: y)
        }
    }

    private mutating func add(_ bits: UInt8, x: Int, y: Int) {
        arms[y * width + x, default: 0] |= bits
    }

    func draw(into buffer: inout CellBuffer, set: BorderSet, style: Style) {
        for (index, bits) in arms {
            buffer.put(String(Self.character(bits, set)), x: index % width, y: index / width, maxWidth: 1, style: style)
        }
    }

    static func character(_ bits: UInt8, _ s: BorderSet) -> Character {
        let u = bits & up != 0, d = bits & down != 0, l = bits & left != 0, r = bits & right != 0
        switch (u, d, l, r) {
        case (true, true, true, true): return s.cross
        case (true, true, false, true): return s.teeRight
        case (true, true, true, false): return s.teeLeft
        case (false, true, true, true): return s.teeDown
        case (true, false, true, true): return s.teeUp
        case (false, true, false, true): return s.topLeft
        case (false, true, true, false): return s.topRight
        case (true, false, false, true): return s.bottomLeft
        case (true, false, true, false): return s.bottomRight
        case (_, _, false, false): return s.vertical
        default: return s.horizontal
        }
    }
}
