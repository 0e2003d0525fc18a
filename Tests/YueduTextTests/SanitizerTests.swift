import Foundation
import Testing
import YueduText

@Suite struct SanitizerTests {
    @Test func osc_title_and_hyperlink_sequences_are_removed_whole() {
        #expect(Sanitizer.sanitize("a\u{1B}]0;owned\u{07}b") == "ab")
        #expect(Sanitizer.sanitize("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\") == "link")
    }

    @Test func dcs_and_charset_sequences_are_removed() {
        #expect(Sanitizer.sanitize("x\u{1B}P1$r\u{1B}\\y") == "xy")
        #expect(Sanitizer.sanitize("x\u{1B}(0y") == "xy")
    }

    @Test func an_unterminated_osc_stops_at_the_next_line_break_so_text_survives() {
        #expect(Sanitizer.sanitize("a\u{1B}]0;junk\nsecond line") == "a\nsecond line")
    }

    @Test func c1_controls_including_8_bit_csi_become_question_marks() {
        #expect(Sanitizer.sanitize("a\u{9B}31mb\u{85}c") == "a?31mb?c")
    }

    @Test func no_escape_or_control_survives_hostile_input() {
        var random = SystemRandomNumberGenerator()
        let alphabet: [Unicode.Scalar] = ["\u{1B}", "[", "]", "P", "\\", "\u{07}", "\u{9C}", "\u{9B}", ";", "0", "m", "中", "\u{0D}", "\u{0A}", "\u{200D}", "\u{FE0F}", "👨", "\u{0301}", "a"]
        for _ in 0..<500 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0..<60, using: &random) { scalars.append(alphabet.randomElement(using: &random)!) }
            let clean = Sanitizer.sanitize(String(scalars))
            #expect(!clean.unicodeScalars.contains { ($0.value < 0x20 && $0.value != 0x0A) || (0x7F...0x9F).contains($0.value) })
            #expect(Sanitizer.sanitize(clean) == clean, "sanitizing is idempotent")
        }
    }

    @Test func crlf_and_lone_cr_become_single_line_breaks() {
        #expect(Sanitizer.sanitize("a\r\nb\rc\nd") == "a\nb\nc\nd")
    }

    @Test func a_cluster_keeps_at_most_four_zero_width_code_points() {
        let zalgo = "e" + String(repeating: "\u{0301}\u{0316}", count: 10)
        let clean = Sanitizer.sanitize(zalgo)
        #expect(clean.count == 1)
        #expect(clean.unicodeScalars.count <= 5)
        #expect(TextWidth.of(clean) == 1)
    }

    @Test func cjk_compatibility_ideographs_are_not_normalized_away() {
        #expect(Sanitizer.sanitize("\u{F900}\u{2F800}").unicodeScalars.map(\.value) == [0xF900, 0x2F800])
        #expect(Sanitizer.sanitize("\u{212B}") == "\u{00C5}", "other singletons do get NFC")
    }

    @Test func unknown_narrow_code_points_become_question_marks_and_wide_ones_geta() {
        #expect(Sanitizer.sanitize("\u{0378}") == "?")          // unassigned, not wide
        #expect(Sanitizer.sanitize("\u{1FAE8}") == "\u{3013}")  // newer than glibc, wide
    }

    @Test func a_ten_megabyte_paragraph_is_sanitized_in_linear_time() {
        let unit = "中文\u{1B}[31m红\u{1B}[m，👍🏽 text\u{200B}。"
        let big = String(repeating: unit, count: 10_000_000 / unit.utf8.count)
        let start = Date()
        let clean = Sanitizer.sanitize(big)
        let elapsed = Date().timeIntervalSince(start)
        #expect(clean.hasPrefix("中文红，👍 text。"))
        #expect(elapsed < 30, "took \(elapsed) s")
        // One huge cluster (a base and a million marks) is also bounded.
        let hostile = "a" + String(repeating: "\u{0301}", count: 1_000_000)
        let capped = Sanitizer.sanitize(hostile)
        #expect(capped.count == 1)
        #expect(capped.unicodeScalars.count <= 5)
    }

    @Test func plain_text_is_returned_untouched() {
        let text = "我在使用Swift语言开发，价格是￥100。"
        #expect(Sanitizer.sanitize(text) == text)
    }
}

@Suite struct AmbiguousWidthTests {
    @Test func ascii_mode_spells_ambiguous_punctuation_in_ascii() {
        #expect(Sanitizer.asciiForAmbiguous("他说“好……”——是的·") == "他说\"好......\"--是的.")
    }

    @Test func ascii_mode_leaves_text_without_ambiguous_punctuation_alone() {
        #expect(Sanitizer.asciiForAmbiguous("中文，English。") == "中文，English。")
    }
}
