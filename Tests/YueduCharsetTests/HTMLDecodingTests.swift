import YueduTestSupport
import Testing
import YueduCharset

/// The "must show" cases of issue 13: each page is built from known text,
/// encoded with iconv, and must decode back to exactly that text.
@Suite("HTML decoding")
struct HTMLDecodingTests {
    @Test func gbk_bytes_labelled_gb2312_decode_with_the_gbk_only_characters() throws {
        let html = page(head: #"<meta http-equiv="Content-Type" content="text/html; charset=gb2312">"#, body: Texts.gbk)
        let bytes = try encode(html, to: "GBK")
        #expect((try? encode(html, to: "GB2312")) == nil, "the page must need GBK")
        let decoded = try CharsetDecoder.decodeHTML(bytes)
        #expect(decoded.text == html)
        #expect(decoded.encoding == "GB18030")
        #expect(decoded.decidedBy == .meta)
        #expect(decoded.replacedBytes == 0)
    }

    @Test func big5_labelled_big5_decodes() throws {
        let html = page(head: #"<meta charset="big5">"#, body: Texts.big5)
        let decoded = try CharsetDecoder.decodeHTML(try encode(html, to: "BIG5"))
        #expect(decoded.text == html)
        #expect(decoded.encoding == "Big5-HKSCS")
        #expect(decoded.decidedBy == .meta)
    }

    @Test func hong_kong_characters_in_a_page_labelled_big5_decode_as_big5_hkscs() throws {
        let html = page(head: #"<meta charset="big5">"#, body: Texts.hkscs)
        #expect((try? encode(html, to: "BIG5")) == nil, "the page must need HKSCS")
        let decoded = try CharsetDecoder.decodeHTML(try encode(html, to: "BIG5-HKSCS"))
        #expect(decoded.text == html)
        #expect(decoded.encoding == "Big5-HKSCS")
        #expect(decoded.replacedBytes == 0)
    }

    @Test func gb18030_four_byte_characters_decode() throws {
        let html = page(head: #"<meta charset="GB18030">"#, body: Texts.gb18030FourByte)
        let bytes = try encode(html, to: "GB18030")
        // 0x81-0x84 then a digit starts a four-byte sequence (BMP); 0x90-0xE3 then a digit, beyond it.
        let fourByteStarts = bytes.indices.dropLast().filter { bytes[$0] >= 0x81 && (0x30...0x39).contains(bytes[$0 + 1]) }
        #expect(fourByteStarts.count >= 8)
        let decoded = try CharsetDecoder.decodeHTML(bytes)
        #expect(decoded.text == html)
        #expect(decoded.encoding == "GB18030")
    }

    @Test func valid_utf8_wins_over_a_meta_that_says_gb2312() throws {
        let html = page(head: #"<meta http-equiv="Content-Type" content="text/html; charset=gb2312">"#, body: Texts.gbk)
        let decoded = try CharsetDecoder.decodeHTML(Array(html.utf8))
        #expect(decoded.text == html)
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.decidedBy == .validUTF8)
        #expect(decoded.notes.contains { $0.contains("declares gb2312") })
    }

    @Test func a_utf8_bom_wins_over_a_meta_that_says_big5() throws {
        let html = page(head: #"<meta charset="big5">"#, body: Texts.big5)
        let decoded = try CharsetDecoder.decodeHTML([0xEF, 0xBB, 0xBF] + Array(html.utf8))
        #expect(decoded.text == html)
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.decidedBy == .bom)
    }

    @Test func a_utf16_bom_wins_over_a_meta_that_says_gbk() throws {
        let html = page(head: #"<meta charset="gbk">"#, body: Texts.gbk)
        let decoded = try CharsetDecoder.decodeHTML([0xFF, 0xFE] + (try encode(html, to: "UTF-16LE")))
        #expect(decoded.text == html)
        #expect(decoded.encoding == "UTF-16LE")
        #expect(decoded.decidedBy == .bom)
        #expect(decoded.removedControls == 0)
    }

    @Test func a_meta_after_more_than_a_kilobyte_of_scripts_is_found() throws {
        let script = "<script>var config = {" + (0..<80).map { "\"key\($0)\": \"value \($0)\"" }.joined(separator: ", ") + "};</script>"
        #expect(script.utf8.count > 1500)
        let html = page(head: script + #"<meta charset="gbk">"#, body: Texts.gbk)
        let decoded = try CharsetDecoder.decodeHTML(try encode(html, to: "GBK"))
        #expect(decoded.text == html)
        #expect(decoded.decidedBy == .meta)
        #expect(decoded.encoding == "GB18030")
    }

    @Test func undeclared_gbk_is_detected() throws {
        let html = page(body: Texts.gbk)
        let decoded = try CharsetDecoder.decodeHTML(try encode(html, to: "GBK"))
        #expect(decoded.text == html)
        #expect(decoded.encoding == "GB18030")
        #expect(decoded.decidedBy == .detected)
    }

    @Test func undeclared_big5_is_detected_although_it_also_decodes_as_gb18030() throws {
        let html = page(body: Texts.big5)
        let bytes = try encode(html, to: "BIG5")
        #expect((try? CharsetDecoder.decodeHTML(bytes, forced: "gb18030"))?.replacedBytes == 0, "the trap: Big5 reads as GB18030")
        let decoded = try CharsetDecoder.decodeHTML(bytes)
        #expect(decoded.text == html)
        #expect(decoded.encoding == "Big5-HKSCS")
        #expect(decoded.decidedBy == .detected)
    }

    @Test func an_undeclared_short_hong_kong_page_is_detected_as_big5_hkscs() throws {
        let html = "<p>" + Texts.hkscs + "</p>"
        let decoded = try CharsetDecoder.decodeHTML(try encode(html, to: "BIG5-HKSCS"))
        #expect(decoded.text == html)
        #expect(decoded.encoding == "Big5-HKSCS")
    }

    @Test(arguments: [
        ("euc-kr", "EUC-KR", Texts.korean, "windows-949"),
        ("shift_jis", "SHIFT_JIS", Texts.japanese, "Shift_JIS"),
        ("euc-jp", "EUC-JP", Texts.japanese, "EUC-JP"),
    ])
    func declared_korean_and_japanese_encodings_decode(label: String, iconvName: String, text: String, name: String) throws {
        let html = page(head: "<meta charset=\(label)>", body: text)
        let decoded = try CharsetDecoder.decodeHTML(try encode(html, to: iconvName))
        #expect(decoded.text == html)
        #expect(decoded.encoding == name)
        #expect(decoded.decidedBy == .meta)
    }

    @Test(arguments: [
        ("EUC-KR", Texts.korean, "windows-949"),
        ("SHIFT_JIS", Texts.japanese, "Shift_JIS"),
        ("EUC-JP", Texts.japanese, "EUC-JP"),
    ])
    func undeclared_korean_and_japanese_encodings_are_detected(iconvName: String, text: String, name: String) throws {
        let html = page(body: text)
        let decoded = try CharsetDecoder.decodeHTML(try encode(html, to: iconvName))
        #expect(decoded.text == html)
        #expect(decoded.encoding == name)
        #expect(decoded.decidedBy == .detected)
    }

    @Test func the_http_charset_wins_over_the_meta() throws {
        let html = page(head: #"<meta charset="big5">"#, body: Texts.gbk)
        let decoded = try CharsetDecoder.decodeHTML(try encode(html, to: "GBK"), httpCharset: "GBK")
        #expect(decoded.text == html)
        #expect(decoded.encoding == "GB18030")
        #expect(decoded.decidedBy == .httpCharset)
    }

    @Test func an_http_charset_the_bytes_do_not_fit_gives_way_to_valid_utf8() throws {
        let html = page(body: Texts.big5)
        let decoded = try CharsetDecoder.decodeHTML(Array(html.utf8), httpCharset: "shift_jis")
        #expect(decoded.text == html)
        #expect(decoded.decidedBy == .validUTF8)
        #expect(decoded.notes.contains { $0.contains("HTTP") && $0.contains("not valid Shift_JIS") })
    }

    @Test func an_unknown_http_charset_is_ignored_and_said() throws {
        let html = page(head: #"<meta charset="gbk">"#, body: Texts.gbk)
        let decoded = try CharsetDecoder.decodeHTML(try encode(html, to: "GBK"), httpCharset: "klingon-8")
        #expect(decoded.text == html)
        #expect(decoded.decidedBy == .meta)
        #expect(decoded.notes.contains { $0.contains("klingon-8") })
    }

    @Test func a_forced_encoding_wins_over_http_and_meta() throws {
        let html = page(head: #"<meta charset="utf-8">"#, body: Texts.big5)
        let decoded = try CharsetDecoder.decodeHTML(try encode(html, to: "BIG5"), httpCharset: "utf-8", forced: "big5")
        #expect(decoded.text == html)
        #expect(decoded.decidedBy == .forced)
    }

    @Test func an_unknown_forced_encoding_fails_naming_it() throws {
        #expect {
            try CharsetDecoder.decodeHTML(Array("<p>x</p>".utf8), forced: "klingon-8")
        } throws: { ($0 as? DecodingProblem)?.message.contains("unknown encoding \"klingon-8\"") == true }
    }

    @Test func nul_and_other_c0_controls_are_removed_but_tab_newline_and_return_kept() throws {
        let html = "<p>第一段\u{0}文字\u{1B}。\t\r\n第二\u{0C}段\u{7}</p>\n"
        let decoded = try CharsetDecoder.decodeHTML(Array(html.utf8))
        #expect(decoded.text == "<p>第一段文字。\t\r\n第二段</p>\n")
        #expect(decoded.removedControls == 4)
        #expect(decoded.notes.contains("4 control characters removed"))
    }

    @Test func nul_bytes_in_a_gbk_page_are_removed_after_decoding() throws {
        let html = page(head: #"<meta charset="gbk">"#, body: Texts.gbk)
        var bytes = try encode(html, to: "GBK")
        let tag = try #require(bytes.firstIndex(of: UInt8(ascii: "<"), after: bytes.count / 2))
        bytes.insert(0, at: tag)  // before an ASCII byte: never inside a character
        let decoded = try CharsetDecoder.decodeHTML(bytes)
        #expect(!decoded.text.unicodeScalars.contains("\u{0}"))
        #expect(decoded.removedControls == 1)
    }

    @Test func a_few_invalid_bytes_in_a_declared_page_become_replacement_characters_and_are_counted() throws {
        let html = page(head: #"<meta charset="gbk">"#, body: Texts.gbk + Texts.gbk)
        var bytes = try encode(html, to: "GBK")
        let body = try #require(bytes.firstIndex(of: UInt8(ascii: "<"), after: html.utf8.count / 2))
        bytes.insert(0xFF, at: body)
        let decoded = try CharsetDecoder.decodeHTML(bytes)
        #expect(decoded.decidedBy == .meta)
        #expect(decoded.replacedBytes == 1)
        #expect(decoded.firstReplacedOffset == body)
        #expect(decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 1)
        #expect(decoded.text.replacingFFFD() == html)
        #expect(decoded.notes.contains { $0.contains("replaced with U+FFFD") && $0.contains("offset \(body)") })
    }

    @Test func a_meta_the_bytes_do_not_fit_gives_way_to_detection() throws {
        // Shift_JIS lead bytes (0x82 for hiragana) are invalid in EUC-JP.
        let html = page(head: #"<meta charset="euc-jp">"#, body: Texts.japanese)
        let decoded = try CharsetDecoder.decodeHTML(try encode(html, to: "SHIFT_JIS"))
        #expect(decoded.text == html)
        #expect(decoded.encoding == "Shift_JIS")
        #expect(decoded.decidedBy == .detected)
        #expect(decoded.notes.contains { $0.contains("<meta charset> says euc-jp") })
    }

    @Test func big5_bytes_labelled_gb2312_are_detected_as_big5_though_gb18030_decodes_them() throws {
        let html = page(head: #"<meta charset="gb2312">"#, body: Texts.big5)
        let decoded = try CharsetDecoder.decodeHTML(try encode(html, to: "BIG5"))
        #expect(decoded.text == html)
        #expect(decoded.encoding == "Big5-HKSCS")
        #expect(decoded.decidedBy == .detected)
        #expect(decoded.notes.contains { $0.contains("says gb2312") && $0.contains("garbage") })
    }

    @Test(arguments: [("gb2312", "GBK", Texts.gbk), ("big5", "BIG5-HKSCS", Texts.hkscs), ("euc-kr", "EUC-KR", Texts.korean),
                      ("shift_jis", "SHIFT_JIS", Texts.japanese)])
    func a_declaration_that_reads_as_text_is_kept(label: String, iconvName: String, text: String) throws {
        let html = page(head: "<meta charset=\(label)>", body: text)
        let decoded = try CharsetDecoder.decodeHTML(try encode(html, to: iconvName))
        #expect(decoded.text == html)
        #expect(decoded.decidedBy == .meta)
    }

    @Test func bytes_no_encoding_reads_fail_naming_the_first_bad_byte_and_the_declaration() throws {
        var bytes = Array(page(head: #"<meta charset="gbk">"#, body: "").utf8)
        let start = bytes.count
        bytes += (0..<200).flatMap { _ in [UInt8(0xFF), 0x81] }  // 0x81 is not windows-1252 either
        #expect {
            try CharsetDecoder.decodeHTML(bytes)
        } throws: { error in
            guard let problem = error as? DecodingProblem else { return false }
            return problem.offset == start && problem.message.contains("0xFF at offset \(start) is not valid GB18030")
                && problem.message.contains("<meta charset>")
        }
    }

    @Test func a_large_undeclared_page_is_detected_on_a_sample_and_decoded_whole() throws {
        let html = page(body: String(repeating: "<p>" + Texts.big5 + "</p>\n", count: 1500))
        let bytes = try encode(html, to: "BIG5")
        #expect(bytes.count > 200_000)
        let decoded = try CharsetDecoder.decodeHTML(bytes)
        #expect(decoded.text == html)
        #expect(decoded.encoding == "Big5-HKSCS")
    }

    @Test func a_late_byte_the_sampled_choice_cannot_read_sends_detection_over_the_whole_page() throws {
        // Big5 bytes for 200 KB, then a pair Big5-HKSCS lacks (0x81 0x40: GB18030 丂, Shift_JIS U+3000).
        var bytes = try encode(page(body: String(repeating: "<p>" + Texts.big5 + "</p>\n", count: 1500)), to: "BIG5")
        bytes += [0x81, 0x40]
        let decoded = try CharsetDecoder.decodeHTML(bytes)
        #expect(decoded.decidedBy == .detected)
        #expect(["GB18030", "Shift_JIS"].contains(decoded.encoding))
        #expect(decoded.replacedBytes == 0)
    }

    @Test func ascii_only_pages_are_utf8_whatever_they_declare() throws {
        let html = page(head: #"<meta charset="big5">"#, body: "plain ASCII")
        let decoded = try CharsetDecoder.decodeHTML(Array(html.utf8))
        #expect(decoded.text == html)
        #expect(decoded.decidedBy == .validUTF8)
        #expect(decoded.notes.isEmpty)
    }
}

extension Array where Element == UInt8 {
    func firstIndex(of byte: UInt8, after start: Int) -> Int? { self[start...].firstIndex(of: byte) }
}

extension String {
    func replacingFFFD() -> String { String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "\u{FFFD}" })) }
}
