import Testing
@testable import yuedu_bench

@Suite struct BigramScoreTests {
    @Test func identical_text_scores_one_and_whitespace_does_not_count() {
        let score = BigramScore(extracted: "中文 段落\n继续", expected: "中文段落继续")
        #expect(score.precision == 1 && score.recall == 1 && score.f1 == 1)
    }

    @Test func extra_text_costs_precision_and_missing_text_costs_recall() {
        // 4 bigrams expected (甲乙 乙丙 丙丁 丁戊); extracted has 2 of them plus 2 foreign ones.
        let score = BigramScore(extracted: "甲乙丙子丑", expected: "甲乙丙丁戊")
        #expect(score.precision == 0.5)
        #expect(score.recall == 0.5)
        #expect(score.f1 == 0.5)
    }

    @Test func repeated_bigrams_count_as_often_as_they_occur_and_empty_text_scores_zero() {
        let score = BigramScore(extracted: "哈哈哈哈", expected: "哈哈")
        #expect(score.precision == 1.0 / 3.0 && score.recall == 1)
        #expect(BigramScore(extracted: "", expected: "中文").f1 == 0)
    }
}
