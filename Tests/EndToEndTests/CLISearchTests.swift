import Foundation
import Testing

@Suite struct CLISearchTests {
    @Test func search_json_prints_list_objects_with_a_snippet() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        let result = try cli.run(["search", "教育", "--json"])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        // Both titles hold 教育; the newer comes first.
        #expect(rows.map { $0["key"] as? String } == [
            "https://www.example.cn/news/509d968b", "https://www.example.cn/news/renhe",
        ])
        #expect(Set(rows[0].keys) == ["key", "title", "site", "published", "views", "source", "editor", "read",
                                      "favorite", "snippet"])
        #expect((rows[0]["snippet"] as? String)?.isEmpty == false)
    }

    @Test func search_finds_korean_and_respects_the_limit() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        let korean = try cli.run(["search", "정책"])
        #expect(korean.status == 0)
        #expect(korean.stdout.contains("kr-seoul-1"))
        let limited = try cli.run(["search", "教育", "--limit", "1", "--json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(limited.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
    }

    @Test func hostile_queries_succeed_and_find_nothing_they_should_not() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        for query in ["\"", "'", "%", "_", "*", "NEAR(", ") OR (", "a OR b", "-教育", "教育 -四川"] {
            let result = try cli.run(["search", "--json", "--", query])
            #expect(result.status == 0, "query \(query): \(result.stderr)")
            #expect(result.stdout == "[]\n", "query \(query)")
        }
    }

    @Test func doctor_passes_a_sound_library_and_rebuilds_on_request() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        let check = try cli.run(["doctor"])
        #expect(check.status == 0)
        #expect(check.stdout.contains("search index holds 3 of 3 articles"))
        let rebuilt = try cli.run(["doctor", "--rebuild"])
        #expect(rebuilt.status == 0)
        #expect(rebuilt.stdout.contains("rebuilt"))
        #expect(try cli.run(["search", "教育局", "--json"]).stdout == "[]\n")
        #expect(try cli.run(["search", "四大工程", "--json"]).stdout.contains("509d968b"))
    }
}
