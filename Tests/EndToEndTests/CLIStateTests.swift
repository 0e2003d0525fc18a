import Foundation
import Testing

@Suite struct CLIStateTests {
    private func flags(_ cli: CLIRunner, _ key: String) throws -> (read: Bool?, favorite: Bool?) {
        let out = try cli.run(["list", "--json"]).stdout
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
        let row = rows.first { $0["key"] as? String == key }
        return (row?["read"] as? Bool, row?["favorite"] as? Bool)
    }

    @Test func marks_set_and_clear_through_a_key_prefix() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        #expect(try cli.run(["favorite", "kr-"]).status == 0)
        #expect(try cli.run(["mark-read", "kr-seoul"]).status == 0)
        #expect(try flags(cli, "kr-seoul-1") == (true, true))
        let favourites = try cli.run(["list", "--favorites"]).stdout.split(separator: "\n")
        #expect(favourites.count == 1 && favourites[0].contains("kr-seoul-1"))
        let unread = try cli.run(["list", "--unread"]).stdout
        #expect(!unread.contains("kr-seoul-1") && unread.contains("renhe"))
        #expect(try cli.run(["unfavorite", "kr-"]).status == 0)
        #expect(try cli.run(["mark-unread", "kr-"]).status == 0)
        #expect(try flags(cli, "kr-seoul-1") == (false, false))
    }

    @Test func marking_an_unknown_key_fails_without_creating_state() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        let result = try cli.run(["favorite", "nope"])
        #expect(result.status != 0)
        #expect(try cli.run(["stats", "--json"]).stdout.contains("\"favorites\":0"))
    }

    @Test func exported_state_merges_into_another_library_without_dropping_favourites() throws {
        // Given library A with a favourite and a read mark, exported
        let a = try CLIRunner(); defer { a.cleanUp() }
        try CLILibraryFixture.populate(a)
        _ = try a.run(["favorite", "kr-"])
        _ = try a.run(["mark-read", "https://www.example.cn/news/renhe"])
        let file = a.directory.appendingPathComponent("state.json").path
        #expect(try a.run(["export-state", file]).status == 0)
        // And library B with its own, different favourite
        let b = try CLIRunner(); defer { b.cleanUp() }
        try CLILibraryFixture.populate(b)
        _ = try b.run(["favorite", "https://www.example.cn/news/509d968b"])
        // When B imports A's state
        let merged = try b.run(["import-state", file])
        #expect(merged.status == 0)
        // Then B has both favourites and A's read mark
        #expect(try flags(b, "kr-seoul-1").favorite == true)
        #expect(try flags(b, "https://www.example.cn/news/509d968b").favorite == true)
        #expect(try flags(b, "https://www.example.cn/news/renhe").read == true)
    }

    @Test func a_state_file_that_is_not_json_is_refused_by_name() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let path = try cli.file("bad.json", "not json at all")
        let result = try cli.run(["import-state", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains(path))
    }
}
