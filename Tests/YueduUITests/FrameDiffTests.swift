import Testing
@testable import YueduUI

@Suite struct FrameDiffTests {
    init() { _ = TestLocale.ready }

    private func frame(_ rows: [String]) -> CellBuffer {
        var buffer = CellBuffer(width: 6, height: rows.count)
        for (y, row) in rows.enumerated() { buffer.put(row, x: 0, y: y) }
        return buffer
    }

    private func positions(_ diff: FrameDiff) -> [String] { diff.changes.map { "\($0.x),\($0.y)=\($0.cell.text)" } }

    @Test func the_first_frame_writes_every_cell_but_the_right_halves_of_wide_ones() {
        let diff = FrameDiff(from: nil, to: frame(["ab中d", "xyz"]))
        #expect(diff.isFull)
        #expect(diff.changes.count == 12 - 1)
        #expect(!diff.changes.contains { $0.cell.isContinuation })
    }

    @Test func an_unchanged_frame_writes_nothing() {
        let diff = FrameDiff(from: frame(["ab中d", "xyz"]), to: frame(["ab中d", "xyz"]))
        #expect(!diff.isFull)
        #expect(diff.changes.isEmpty)
    }

    @Test func only_the_cells_that_differ_are_written_in_reading_order() {
        let diff = FrameDiff(from: frame(["abcdef", "uvwxyz"]), to: frame(["abCdef", "uvwxyZ"]))
        #expect(positions(diff) == ["2,0=C", "5,1=Z"])
    }

    @Test func a_wide_character_replaced_by_two_narrow_ones_writes_both_cells() {
        let diff = FrameDiff(from: frame(["a中def"]), to: frame(["abcdef"]))
        #expect(positions(diff) == ["1,0=b", "2,0=c"])
    }

    @Test func a_wide_character_moved_right_by_one_is_written_at_its_new_column() {
        let diff = FrameDiff(from: frame(["中bcd"]), to: frame(["a中cd"]))
        #expect(positions(diff) == ["0,0=a", "1,0=中"])
    }

    @Test func a_size_change_repaints_everything() {
        let diff = FrameDiff(from: frame(["abcdef"]), to: frame(["abcdef", "abcdef"]))
        #expect(diff.isFull)
        #expect(diff.changes.count == 12)
    }
}
