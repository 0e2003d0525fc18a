import Testing
@testable import YueduText

/// The width table is generated into the source (scripts/generate-width-table.py)
/// so the reader measures nothing at start; it must still be libc's.
@Suite struct LibcWidthTableTests {
    @Test func the_generated_table_equals_libc_wcwidth_under_c_utf8_for_every_code_point() throws {
        let libc = try #require(LibcWidth.measured(), "glibc's C.UTF-8 locale is missing")
        let table = WidthTable()
        var differences: [String] = []
        for value in 0..<UInt32(0x110000) where table.width(value) != libc[Int(value)] {
            differences.append("U+\(String(value, radix: 16, uppercase: true)): table \(table.width(value)), libc \(libc[Int(value)])")
        }
        #expect(differences.isEmpty, "run scripts/generate-width-table.py: \(differences.prefix(5))")
    }

    @Test func widths_outside_unicode_are_unknown_and_printable_ascii_is_one_column() {
        #expect(LibcWidth.of(0x110000) == -1)
        #expect((0x20..<0x7F).allSatisfy { LibcWidth.of($0) == 1 })
        #expect(LibcWidth.of(0x4E2D) == 2 && LibcWidth.of(0x301) == 0 && LibcWidth.of(0x7) == -1)
    }
}
