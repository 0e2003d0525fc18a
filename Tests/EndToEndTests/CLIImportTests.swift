import Foundation
import Testing

/// `yuedu import` on the bundled sample, as a user runs it.
@Suite struct CLIImportTests {
    static var data: URL { BuiltProducts.repositoryRoot.appendingPathComponent("Data") }
    static var samplePaths: [String] {
        [data.appendingPathComponent("pages").path, data.appendingPathComponent("articles.jsonl").path]
    }

    @Test func importing_the_sample_twice_stores_it_once_and_changes_nothing_the_second_time() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let first = try cli.run(["import"] + Self.samplePaths)
        #expect(first.status == 0, "\(first.stderr)")
        let lines = try String(contentsOf: Self.data.appendingPathComponent("articles.jsonl"), encoding: .utf8)
            .split(separator: "\n").count
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.data.appendingPathComponent("pages").path).count
        #expect(first.stdout == "new \(lines + pages), updated 0, unchanged 0, failed 0\n")
        let second = try cli.run(["import"] + Self.samplePaths)
        #expect(second.stdout == "new 0, updated 0, unchanged \(lines + pages), failed 0\n")
    }

    @Test func a_changed_article_is_updated_and_keeps_its_favourite() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let line = try String(contentsOf: Self.data.appendingPathComponent("articles.jsonl"), encoding: .utf8)
            .split(separator: "\n")[0]
        var article = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let original = try cli.file("one.jsonl", String(line) + "\n")
        #expect(try cli.run(["import", original]).status == 0)
        let key = try #require(article["url"] as? String)
        #expect(try cli.run(["favorite", key]).status == 0)

        article["body"] = ["改写后的正文。"]
        let changed = try cli.file("changed.jsonl",
                                   String(decoding: try JSONSerialization.data(withJSONObject: article), as: UTF8.self) + "\n")
        let result = try cli.run(["import", changed])
        #expect(result.stdout == "new 0, updated 1, unchanged 0, failed 0\n")
        let favorites = try cli.run(["list", "--favorites", "--json"])
        #expect(favorites.stdout.contains(key.replacingOccurrences(of: "/", with: "\\/")) || favorites.stdout.contains(key))
        #expect(try cli.run(["show", key]).stdout.contains("改写后的正文"))
    }

    @Test func json_lines_are_read_from_standard_input() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let text = try String(contentsOf: Self.data.appendingPathComponent("articles.jsonl"), encoding: .utf8)
        let result = try cli.run(["import", "-"], stdin: text)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("new \(text.split(separator: "\n").count),"))
    }

    @Test func an_unknown_encoding_is_refused_before_anything_is_written() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let result = try cli.run(["import", "--encoding", "klingon"] + Self.samplePaths)
        #expect(result.status != 0)
        #expect(result.stderr.contains("unknown encoding \"klingon\""))
        #expect(!FileManager.default.fileExists(atPath: cli.libraryPath))
    }
}
