import Testing
import YueduApp
import YueduStore
@testable import yuedu_bench

@Suite struct ImportPhasesTests {
    /// The bench reads the line `yuedu import --timings` prints; if either
    /// side changes its wording, the table would silently lose its rows.
    @Test func the_bench_reads_back_every_phase_of_the_import_timings_line() throws {
        var timings = ImportTimings()
        timings.total = .milliseconds(61_200)
        timings.reading = .milliseconds(18_300)
        timings.store.articles = .milliseconds(25_100)
        timings.store.searchIndex = .milliseconds(12_000)
        timings.store.commit = .milliseconds(15_900)
        let stderr = "some warning\n" + timings.summary + "\n"

        let phases = try #require(ImportPhases.parse(stderr))
        #expect(phases.articles.median == 25.1)
        #expect(phases.searchIndex.median == 12.0)
        #expect(phases.commit.median == 15.9)
        #expect(phases.reading.median == 18.3)
    }

    @Test func output_without_a_timings_line_has_no_phases() {
        #expect(ImportPhases.parse("new 3, updated 0, unchanged 0, failed 0\n") == nil)
    }
}
