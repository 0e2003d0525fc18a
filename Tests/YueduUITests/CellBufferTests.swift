import Testing
@testable import YueduUI

@Suite struct CellBufferTests {
    init() { _ = TestLocale.ready }

    @Test func wide_character_that_would_cross_the_edge_is_not_written() {
        var buffer = CellBuffer(width: 5, height: 1)
        let written = buffer.put("ab中文", x: 0, y: 0)
        #expect(written == 4)
        #expect(buffer.lines == ["ab中 "])
    }

    @Test func overwriting_half_of_a_wide_character_blanks_the_other_half() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.put("中文", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.lines == [" x文"])
        buffer.put("y", x: 2, y: 0)
        #expect(buffer.lines == [" xy "])
    }

    @Test func control_characters_never_reach_the_buffer() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("a\u{1B}b", x: 0, y: 0)
        #expect(!buffer.rowText(0).unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func writes_stop_at_max_width() {
        var buffer = CellBuffer(width: 6, height: 1)
        buffer.put("你好世界", x: 1, y: 0, maxWidth: 3)
        #expect(buffer.lines == [" 你   "])
    }
}
