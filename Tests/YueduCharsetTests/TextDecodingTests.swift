import YueduTestSupport
import Testing
import YueduCharset

/// The page-file path: the same detection, but strict: a byte invalid in
/// the chosen encoding fails with its offset instead of becoming U+FFFD.
@Suite("Page-file decoding")
struct TextDecodingTests {
    @Test(arguments: [
        ("GBK", Texts.gbk, "GB18030"),
        ("BIG5", Texts.big5, "Big5-HKSCS"),
        ("BIG5-HKSCS", Texts.hkscs, "Big5-HKSCS"),
        ("SHIFT_JIS", Texts.japanese, "Shift_JIS"),
        ("EUC-JP", Texts.japanese, "EUC-JP"),
        ("EUC-KR", Texts.korean, "windows-949"),
    ])
    func undeclared_text_is_detected(iconvName: String, text: String, name: String) throws {
        let decoded = try CharsetDecoder.decodeText(try encode(text + "\n", to: iconvName))
        #expect(decoded.text == text + "\n")
        #expect(decoded.encoding == name)
        #expect(decoded.decidedBy == .detected)
    }

    @Test func valid_utf8_and_a_bom_are_said() throws {
        #expect(try CharsetDecoder.decodeText(Array(Texts.gbk.utf8)).decidedBy == .validUTF8)
        let bom = try CharsetDecoder.decodeText([0xEF, 0xBB, 0xBF] + Array(Texts.gbk.utf8))
        #expect(bom.text == Texts.gbk)
        #expect(bom.decidedBy == .bom)
    }

    @Test func an_invalid_byte_under_a_forced_encoding_fails_at_its_offset() throws {
        var bytes = try encode(Texts.gbk, to: "GBK")
        bytes.insert(0xFF, at: 20)
        #expect(throws: DecodingProblem(offset: 20, message: "byte 0xFF at offset 20 is not valid GB18030")) {
            try CharsetDecoder.decodeText(bytes, forced: "gbk")
        }
    }

    @Test func a_stray_bad_byte_in_utf8_is_reported_as_damaged_utf8_not_guessed_away() throws {
        var bytes = Array(Texts.gbk.utf8)
        bytes.insert(0xFF, at: 30)
        #expect(throws: DecodingProblem(offset: 30, message: "byte 30 is not valid UTF-8")) {
            try CharsetDecoder.decodeText(bytes)
        }
    }

    @Test func nul_bytes_fail_as_binary() throws {
        #expect(throws: DecodingProblem(offset: 3, message: "binary data, not text (NUL byte)")) {
            try CharsetDecoder.decodeText(Array("abc\u{0}def".utf8))
        }
    }
}
