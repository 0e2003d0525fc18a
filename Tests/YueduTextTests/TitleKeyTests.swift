import Testing
import YueduText

@Suite struct TitleKeyTests {
    @Test func fullwidth_and_ascii_colons_and_spaces_normalize_alike() {
        #expect(TitleKey.normalize("山东安丘市:构建教育发展共同体 推进城乡教育") ==
                TitleKey.normalize("山东安丘市：构建教育发展共同体推进城乡教育"))
    }

    @Test func latin_is_case_folded_and_fullwidth_letters_become_ascii() {
        #expect(TitleKey.normalize("ＳＷＩＦＴ 入門") == "swift入門")
    }

    @Test func quotes_are_ignored_but_letters_and_digits_stay() {
        #expect(TitleKey.normalize("实施“四大工程”助推2024") == "实施四大工程助推2024")
    }
}
