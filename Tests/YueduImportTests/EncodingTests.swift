import Foundation
import YueduTestSupport
import Testing
import YueduCharset
@testable import YueduImport
import YueduModel

@Suite("Encodings")
struct EncodingTests {
    let sample: String
    let reference: Article

    init() throws {
        sample = try Fixture.referenceText()
        reference = try #require(try importPage(sample).articles.first)
    }

    @Test func gb18030_fixture_is_detected_and_reads_as_the_reference() throws {
        let result = try importPaths([Fixture.path("reference-gb18030.txt")])
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.articles == [reference])
    }

    @Test func gbk_bytes_encoded_in_the_test_are_detected() throws {
        // GBK has no U+2022 bullet; such pages use the middle dot, also a bullet.
        let bytes = try encode(sample.replacingOccurrences(of: "•", with: "·"), to: "GBK")
        // The buffer is valid only inside the closure: ask there.
        #expect(bytes.withUnsafeBufferPointer { UTF8Validator.firstProblem($0) } != nil)
        #expect(try importPage(bytes).articles == [reference])
    }

    @Test func big5_fixture_is_detected_and_reads_in_traditional_characters() throws {
        let result = try importPaths([Fixture.path("reference-big5.txt")])
        #expect(result.failures.isEmpty, "\(result.failures)")
        let article = try #require(result.articles.first)
        #expect(article.title == "四川古藺縣實施“四大工程”助推城鄉教育一體化發展")
        #expect(article.site == "教育裝備採購網")
        #expect(article.source == "四川省教育廳")
        #expect(article.editor == "逯紅棟")
        #expect(article.published == reference.published)
        #expect(article.views == 727)
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs.first?.hasPrefix("夯實項目建設") == true)
        #expect(article.related.count == 8)
        #expect(article.related.map(\.dateAsWritten) == reference.related.map(\.dateAsWritten))
        #expect(article.related[0].source == "山東省教育廳")
        #expect(article.language == .zh)
    }

    @Test func big5_bytes_also_decode_as_gb18030_but_score_lower() throws {
        // Both decoders accept these bytes; only the frequency score tells them apart.
        let bytes = try Fixture.bytes("reference-big5.txt")
        let asGB = try bytes.withUnsafeBufferPointer { try TextDecoder.decode($0, as: .gb18030) }
        let asBig5 = try bytes.withUnsafeBufferPointer { try TextDecoder.decode($0, as: .big5) }
        #expect(TextPlausibility.score(asBig5) > TextPlausibility.score(asGB))
    }

    @Test func big5_bytes_encoded_in_the_test_are_detected() throws {
        let page = "台灣教育網\n\n教育部推動偏鄉學校數位學習計畫\n\n台灣教育網 2023-05-02 14:05 圍觀88次\n\n"
            + "  教育部今天宣布，將在三年內投入經費，協助偏遠地區學校建置數位學習環境，讓學生能夠使用平板電腦上課。\n\n"
            + "來源：教育部 責任編輯：王小明 我要投稿\n"
        let article = try #require(try importPage(try encode(page, to: "BIG5")).articles.first)
        #expect(article.title == "教育部推動偏鄉學校數位學習計畫")
        #expect(article.source == "教育部")
        #expect(article.editor == "王小明")
        #expect(article.views == 88)
    }

    @Test func forcing_the_right_encoding_reads_the_file() throws {
        for name in ["gb18030", "GBK", "gb2312"] {
            let result = try importPaths([Fixture.path("reference-gb18030.txt")], encoding: name)
            #expect(result.articles == [reference], "forced \(name)")
        }
        let big5 = try importPaths([Fixture.path("reference-big5.txt")], encoding: "big5")
        #expect(big5.articles.first?.title == "四川古藺縣實施“四大工程”助推城鄉教育一體化發展")
    }

    @Test func forcing_the_wrong_encoding_fails_naming_the_line() throws {
        // Line 1 of the GB18030 file is Chinese: not valid UTF-8.
        let result = try importPaths([Fixture.path("reference-gb18030.txt")], encoding: "utf-8")
        #expect(result.articles.isEmpty)
        let failure = try #require(result.failures.first)
        #expect(failure.line == 1)
        #expect(failure.message.contains("UTF-8"))
    }

    @Test func forcing_gb18030_over_utf8_text_does_not_turn_it_into_mojibake_silently() throws {
        // UTF-8 Chinese read as GB18030 hits an invalid byte or gives no
        // byline; either way, no article with a garbled title.
        let result = try importPaths([Fixture.path(Fixture.referenceName)], encoding: "big5")
        #expect(result.articles.allSatisfy { $0.title != ReferencePage.title })
        #expect(result.failures.count + result.articles.count == 1)
    }

    @Test func an_invalid_byte_under_a_forced_encoding_fails_at_its_line() throws {
        var bytes = try Fixture.bytes("reference-gb18030.txt")
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        bytes.insert(0xFF, at: lineStarts[7] + 4)  // inside line 8, the first paragraph
        let result = try importPage(bytes, encoding: "gb18030")
        #expect(result.articles.isEmpty)
        let failure = try #require(result.failures.first)
        #expect(failure.line == 8)
        #expect(failure.message.contains("GB18030"))
    }

    @Test func an_unknown_encoding_name_fails_every_path_clearly() throws {
        let result = try importPaths([Fixture.path(Fixture.referenceName), "-"], encoding: "klingon-8")
        #expect(result.articles.isEmpty)
        #expect(result.failures.count == 2)
        #expect(result.failures.allSatisfy { $0.message.contains("unknown encoding \"klingon-8\"") })
        #expect(result.failures.map(\.file) == [Fixture.path(Fixture.referenceName), "<stdin>"])
    }

    @Test func other_encodings_iconv_knows_can_be_forced() throws {
        let page = "ニュース\n\n東京で桜が満開に\n\nニュース 2024-03-30 10:00 圍觀5次\n\n  東京の桜が満開になりました。\n\n來源:東京新聞 責任編輯:山田 我要投稿\n"
        let article = try #require(try importPage(try encode(page, to: "SHIFT_JIS"), encoding: "shift_jis").articles.first)
        #expect(article.title == "東京で桜が満開に")
        #expect(article.language == .ja)
    }

    @Test func a_stray_bad_byte_in_utf8_text_fails_as_invalid_utf8_at_its_line() throws {
        var bytes = Array(sample.utf8)
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        bytes.insert(0xFF, at: lineStarts[11] + 2)  // line 12, the third paragraph
        let result = try importPage(bytes)
        #expect(result.articles.isEmpty)
        let failure = try #require(result.failures.first)
        #expect(failure.line == 12)
        #expect(failure.message.contains("not valid UTF-8"))
    }

    @Test func utf16_with_a_byte_order_mark_is_read() throws {
        let bytes = try encode("\u{FEFF}" + sample, to: "UTF-16LE")
        #expect(try importPage(bytes).articles == [reference])
    }
}
