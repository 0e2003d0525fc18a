import Testing
@testable import YueduText

@Suite struct ScriptConversionNameTests {
    @Test func names_parse_with_or_without_json_and_in_any_case() throws {
        #expect(ScriptConversion(name: "s2twp") == .s2twp)
        #expect(ScriptConversion(name: "S2TWP.json") == .s2twp)
        #expect(ScriptConversion(name: "none") == ScriptConversion.none)
        #expect(try ScriptConversion.parse("tw2sp") == .tw2sp)
    }

    @Test func an_unknown_name_is_an_error_listing_every_valid_one() {
        #expect(throws: ScriptConversionError.unknownName("s2x")) { try ScriptConversion.parse("s2x") }
        let message = ScriptConversionError.unknownName("s2x").description
        #expect(message.hasPrefix("unknown conversion \"s2x\"; valid: none, s2t, t2s"))
        for name in ["s2t", "t2s", "s2tw", "s2twp", "s2hk", "tw2sp", "t2tw", "t2hk"] { #expect(message.contains(name)) }
    }

    @Test func every_reverse_goes_back_the_other_way_and_is_an_involution() {
        for conversion in ScriptConversion.allCases {
            #expect(conversion.reverse.reverse == conversion)
            let parts = conversion.rawValue.split(separator: "2")
            if parts.count == 2 {
                let back = conversion.reverse.rawValue.split(separator: "2")
                // s2twp ↔ tw2sp: the reverse reads what the conversion writes.
                #expect(back[0] == parts[1].prefix(back[0].count) && parts[0] == back[1].prefix(parts[0].count),
                        "\(conversion) ↔ \(conversion.reverse)")
            }
        }
        #expect(ScriptConversion.s2twp.reverse == .tw2sp)
        #expect(ScriptConversion.s2t.reverse == .t2s)
        #expect(ScriptConversion.s2hk.reverse == .hk2s)
        #expect(ScriptConversion.t2tw.reverse == .tw2t)
    }

    @Test func the_reader_key_cycles_none_configured_reverse() {
        var current = ScriptConversion.none
        var seen: [ScriptConversion] = []
        for _ in 0..<4 {
            current = ScriptConversion.next(after: current, configured: .s2twp)
            seen.append(current)
        }
        #expect(seen == [.s2twp, .tw2sp, .none, .s2twp])
        #expect(ScriptConversion.next(after: .none, configured: .none) == .none)
        #expect(ScriptConversion.next(after: .t2s, configured: .s2twp) == .none)
    }

    @Test func every_configuration_file_is_on_this_machine() {
        for conversion in ScriptConversion.allCases where conversion != .none {
            #expect(conversion.configurationPath == "/usr/share/opencc/\(conversion.rawValue).json")
        }
        #expect(ScriptConversion.none.configurationPath == nil)
    }
}

@Suite struct ScriptConverterTests {
    @Test func taiwan_phrases_are_converted_and_none_changes_nothing() throws {
        #expect(try ScriptConverter.convert("软件和信息", .s2twp) == "軟體和資訊")
        #expect(try ScriptConverter.convert("軟體和資訊", .tw2sp) == "软件和信息")
        #expect(try ScriptConverter.convert("乾燥的头发", .s2t) == "乾燥的頭髮")
        #expect(try ScriptConverter.convert("软件", .none) == "软件")
        #expect(try ScriptConverter.convert("", .s2t) == "")
    }

    @Test func a_nul_byte_does_not_cut_the_text_short() throws {
        let converted = try ScriptConverter.convertWithOffsets("软件\u{0}信息", .s2twp)
        #expect(converted.text == "軟體\u{0}資訊")
        #expect(converted.offsets.converted(3..<5) == 3..<5)
    }

    @Test func a_missing_configuration_is_an_error_naming_the_file() {
        do {
            _ = try ScriptConverter.convertWithOffsets("软件", configuration: "/nonexistent/s2x.json")
            Issue.record("no error")
        } catch {
            guard case .unavailable(let path, let reason) = error else { Issue.record("\(error)"); return }
            #expect(path == "/nonexistent/s2x.json")
            #expect(!reason.isEmpty)
            #expect(error.description.contains("/nonexistent/s2x.json"))
        }
    }

    @Test func conversions_on_many_threads_at_once_agree_with_one_thread() async throws {
        let text = try ProseCorpus.all(samplesPerCorpus: 200)[1].paragraphs.joined(separator: "\n")
        let conversions: [ScriptConversion] = [.s2t, .s2twp, .s2hk, .s2tw, .s2t, .s2twp, .s2hk, .s2tw]
        let serial = try conversions.map { try ScriptConverter.convert(text, $0) }
        let parallel = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for (index, conversion) in conversions.enumerated() {
                group.addTask { (index, try ScriptConverter.convert(text, conversion)) }
            }
            var results = [String](repeating: "", count: conversions.count)
            for try await (index, converted) in group { results[index] = converted }
            return results
        }
        #expect(parallel == serial)
    }
}

@Suite struct ConversionOffsetsTests {
    // 互联网 → 網際網路 and 算法 → 演算法 change length; 服务器 → 伺服器 and 软件 → 軟體 do not.
    let sentence = "我们的服务器需要互联网和算法软件。"

    @Test func a_highlight_on_a_phrase_that_changes_length_covers_the_converted_phrase() throws {
        let converted = try ScriptConverter.convertWithOffsets(sentence, .s2twp)
        #expect(converted.text == "我們的伺服器需要網際網路和演算法軟體。")
        let characters = Array(converted.text)
        func shown(_ range: Range<Int>) -> String { String(characters[converted.offsets.converted(range)]) }
        #expect(shown(8..<11) == "網際網路")
        #expect(shown(12..<14) == "演算法")
        #expect(shown(3..<6) == "伺服器")
        #expect(shown(14..<16) == "軟體")
        #expect(shown(16..<17) == "。")
        // Part of a phrase: the whole converted phrase.
        #expect(shown(9..<10) == "網際網路")
        #expect(shown(4..<5) == "服")
    }

    @Test func converted_offsets_map_back_to_where_they_came_from() throws {
        let offsets = try ScriptConverter.convertWithOffsets(sentence, .s2twp).offsets
        #expect(offsets.originalCount == 17 && offsets.convertedCount == 19)
        #expect(offsets.original(8) == 8)
        #expect(offsets.original(10) == 8, "inside 網際網路: the start of 互联网")
        #expect(offsets.original(12) == 11)
        #expect(offsets.original(16) == 14)
        #expect(offsets.original(18) == 16)
        #expect(offsets.original(8..<12) == 8..<11)
        for original in 0...17 where ![9, 10, 13].contains(original) {
            #expect(offsets.original(offsets.converted(original)) == original, "\(original)")
        }
    }

    @Test func runs_of_one_to_one_characters_share_a_span() throws {
        let offsets = try ScriptConverter.convertWithOffsets(sentence, .s2twp).offsets
        // 我们的服务器需要 | 互联网 | 和 | 算法 | 软件。
        #expect(offsets.spanCount == 5)
        #expect(try ScriptConverter.convertWithOffsets("软件和信息。", .s2twp).offsets.spanCount == 1)
    }

    @Test func a_combining_mark_after_a_converted_character_stays_one_character() throws {
        let converted = try ScriptConverter.convertWithOffsets("发\u{301}展", .s2t)
        #expect(converted.text == "發\u{301}展")
        #expect(converted.offsets.originalCount == 2 && converted.offsets.convertedCount == 2)
        #expect(converted.offsets.converted(1) == 1)
    }

    /// Exact at every point it claims: the text before a point converts on
    /// its own to the converted text before it, and likewise after.
    @Test(arguments: [ScriptConversion.s2twp, .s2hk, .tw2sp, .t2s])
    func every_exact_point_splits_real_prose_into_halves_that_convert_alone(_ conversion: ScriptConversion) throws {
        var prose = try ProseCorpus.all(samplesPerCorpus: 60).filter { $0.locale == "zh" }.flatMap(\.paragraphs)
        if conversion == .tw2sp || conversion == .t2s { prose = try prose.map { try ScriptConverter.convert($0, .s2twp) } }
        var checked = 0
        for paragraph in prose {
            let converted = try ScriptConverter.convertWithOffsets(paragraph, conversion)
            let original = Array(paragraph), shown = Array(converted.text)
            let points = converted.offsets.exactPoints
            for (o, c) in stride(from: 0, to: points.count, by: max(points.count / 6, 1)).map({ points[$0] }) {
                #expect(try ScriptConverter.convert(String(original[..<o]), conversion) == String(shown[..<c]))
                #expect(try ScriptConverter.convert(String(original[o...]), conversion) == String(shown[c...]))
                checked += 1
            }
        }
        #expect(checked > 100)
    }
}

@Suite struct DisplayConversionCacheTests {
    let article = ArticleDisplayText(title: "互联网软件", meta: "新华社  2024-01-02", paragraphs: ["我们的服务器需要互联网。", "算法"],
                                     related: ["信息安全"])

    @Test func an_article_is_converted_once_per_conversion_whatever_the_number_of_frames() throws {
        var cache = DisplayConversionCache()
        let first = try cache.converted(article, key: "a", conversion: .s2twp)
        for _ in 0..<50 { #expect(try cache.converted(article, key: "a", conversion: .s2twp) == first) }
        #expect(cache.conversionsRun == 1)
        #expect(first.strings == ArticleDisplayText(title: "網際網路軟體", meta: "新華社  2024-01-02",
                                                    paragraphs: ["我們的伺服器需要網際網路。", "演算法"], related: ["資訊保安"]))
        #expect(first.paragraphs[0].offsets.converted(8..<11) == 8..<12)
        _ = try cache.converted(article, key: "a", conversion: .tw2sp)
        _ = try cache.converted(article, key: "a", conversion: .s2twp)
        #expect(cache.conversionsRun == 2)
    }

    @Test func none_shows_the_text_as_imported_without_opencc() throws {
        var cache = DisplayConversionCache()
        let shown = try cache.converted(article, key: "a", conversion: .none)
        #expect(shown.strings == article)
        #expect(shown.title.offsets.converted(2..<4) == 2..<4)
        #expect(cache.conversionsRun == 0)
    }

    @Test func a_reimported_article_under_the_same_key_is_converted_again() throws {
        var cache = DisplayConversionCache()
        _ = try cache.converted(article, key: "a", conversion: .s2t)
        var changed = article
        changed.paragraphs[1] = "软件"
        #expect(try cache.converted(changed, key: "a", conversion: .s2t).paragraphs[1].text == "軟件")
        #expect(cache.conversionsRun == 2)
    }

    @Test func the_least_recently_used_article_leaves_a_full_cache() throws {
        var cache = DisplayConversionCache(capacity: 2)
        _ = try cache.converted(article, key: "a", conversion: .s2t)
        _ = try cache.converted(article, key: "b", conversion: .s2t)
        _ = try cache.converted(article, key: "a", conversion: .s2t)
        _ = try cache.converted(article, key: "c", conversion: .s2t)  // evicts b
        #expect(cache.conversionsRun == 3)
        _ = try cache.converted(article, key: "a", conversion: .s2t)
        #expect(cache.conversionsRun == 3)
        _ = try cache.converted(article, key: "b", conversion: .s2t)
        #expect(cache.conversionsRun == 4)
    }
}

@Suite struct CharacterBoundaryFastPathTests {
    @Test func the_scalar_fast_path_finds_the_boundaries_grapheme_breaking_finds_on_real_prose() throws {
        var fast = 0
        for corpus in try ProseCorpus.all(samplesPerCorpus: 300) {
            for paragraph in corpus.paragraphs {
                var slow = [0], offset = 0
                for character in paragraph { offset += character.utf8.count; slow.append(offset) }
                #expect(ScriptConverter.characterBoundaries(paragraph) == slow, "\(corpus.name): \(paragraph.prefix(20))")
                if ScriptConverter.scalarBoundariesIfEachIsACharacter(paragraph) != nil { fast += 1 }
            }
        }
        #expect(fast > 600, "the fast path should serve most CJK paragraphs")
    }

    @Test func offsets_counted_by_scalars_equal_offsets_counted_by_graphemes() throws {
        for paragraph in try ProseCorpus.all(samplesPerCorpus: 100).flatMap(\.paragraphs) {
            let converted = try ScriptConverter.convertWithOffsets(paragraph, .s2twp)
            let points = converted.offsets.exactPoints.map { point in
                (String(paragraph.prefix(point.original)).utf8.count, String(converted.text.prefix(point.converted)).utf8.count)
            }
            #expect(ScriptConverter.characterOffsets(bytePoints: points, original: paragraph, converted: converted.text)
                    == ScriptConverter.characterOffsetsByGraphemes(bytePoints: points, original: paragraph,
                                                                   converted: converted.text))
        }
    }

    @Test func text_whose_scalars_join_takes_the_slow_path() {
        for text in ["发\u{301}展", "\r\n", "👍🏽", "가\u{11A8}", "か\u{3099}", "ｶﾞ", "a\u{200D}b", "🇨🇳"] {
            #expect(ScriptConverter.scalarBoundariesIfEachIsACharacter(text) == nil, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(ScriptConverter.scalarBoundariesIfEachIsACharacter("中文，かな。한국어 ok") != nil)
    }
}
