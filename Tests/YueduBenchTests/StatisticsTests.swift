import Testing
@testable import yuedu_bench

@Suite struct StatisticsTests {
    @Test func percentiles_are_nearest_rank_so_p99_of_a_hundred_is_the_ninety_ninth() {
        let samples = Samples((1...100).map(Double.init).shuffled())
        #expect(samples.median == 50)
        #expect(samples.percentile(99) == 99)
        #expect(samples.percentile(100) == 100)
    }

    @Test func a_single_sample_is_every_percentile_and_none_gives_nil() {
        #expect(Samples([7]).percentile(95) == 7)
        #expect(Samples().median == nil)
    }

    @Test func the_table_groups_thousands_and_aligns_figures_right() {
        var table = ResultTable(sizes: [1000, 100_000])
        table.add("import", ["1.0 s", "12.5 s"], target: "<= 20 s")
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines[0].contains("N = 1,000") && lines[0].contains("N = 100,000"))
        #expect(lines[2].hasPrefix("import") && lines[2].hasSuffix("<= 20 s"))
        #expect(lines[2].contains("  1.0 s  ") && lines[2].contains(" 12.5 s"))
    }

    @Test func fixed_point_formatting_rounds_and_pads() {
        #expect(Format.fixed(2.049, 1) == "2.0")
        #expect(Format.fixed(0.05, 2) == "0.05")
        #expect(Format.milliseconds(0.0161) == "16.1 ms")
    }
}
