import Foundation
import Glibc
import Testing
@testable import YueduImport
import YueduModel
import YueduTestSupport

@Suite("Paths")
struct PathTests {
    @Test func directories_are_read_recursively_in_sorted_order_skipping_hidden_entries() throws {
        let dir = try TemporaryDirectory()
        for name in ["b.jsonl", "a/2.jsonl", "a/10.jsonl", "a/sub/x.jsonl", ".hidden.jsonl", ".git/config.jsonl", "c.jsonl", "a/.cache/y.jsonl"] {
            try dir.write(name, jsonArticle(title: name) + "\n")
        }
        let result = try importPaths([dir.path])
        #expect(result.failures.isEmpty)
        #expect(result.articles.map(\.title) == ["a/10.jsonl", "a/2.jsonl", "a/sub/x.jsonl", "b.jsonl", "c.jsonl"])
        #expect(result.origins.first == dir.path + "/a/10.jsonl:1")
    }

    @Test func paths_are_read_in_the_order_given() throws {
        let dir = try TemporaryDirectory()
        let z = try dir.write("z.jsonl", jsonArticle(title: "z") + "\n")
        let a = try dir.write("a.jsonl", jsonArticle(title: "a") + "\n")
        #expect(try importPaths([z, a]).articles.map(\.title) == ["z", "a"])
    }

    @Test func a_hidden_file_named_explicitly_is_read() throws {
        let dir = try TemporaryDirectory()
        let hidden = try dir.write(".secret.jsonl", jsonArticle(title: "hidden") + "\n")
        #expect(try importPaths([hidden]).articles.map(\.title) == ["hidden"])
    }

    @Test func a_missing_path_fails_and_the_next_path_is_still_read() throws {
        let dir = try TemporaryDirectory()
        let good = try dir.write("good.jsonl", jsonArticle(title: "good") + "\n")
        let result = try importPaths([dir.path + "/missing.txt", good])
        #expect(result.failures.map(\.file) == [dir.path + "/missing.txt"])
        #expect(result.failures.first?.message.contains("No such file") == true)
        #expect(result.articles.map(\.title) == ["good"])
    }

    @Test func a_symlinked_directory_loop_does_not_recurse_forever() throws {
        let dir = try TemporaryDirectory()
        try dir.write("inner/one.jsonl", jsonArticle(title: "one") + "\n")
        #expect(symlink(dir.path, dir.path + "/inner/loop") == 0)
        #expect(try importPaths([dir.path]).articles.map(\.title) == ["one"])
    }

    @Test func a_symlinked_file_inside_a_directory_is_read() throws {
        let dir = try TemporaryDirectory()
        let target = try dir.write("elsewhere/.target.jsonl", jsonArticle(title: "linked") + "\n")
        try FileManager.default.createDirectory(atPath: dir.path + "/in", withIntermediateDirectories: true)
        #expect(symlink(target, dir.path + "/in/link.jsonl") == 0)
        #expect(try importPaths([dir.path + "/in"]).articles.map(\.title) == ["linked"])
    }

    @Test func a_directory_mixing_pages_and_json_lines_reads_each_in_its_format() throws {
        let dir = try TemporaryDirectory()
        try dir.write("1-page.txt", try Fixture.bytes(Fixture.referenceName))
        try dir.write("2-lines.json", jsonArticle(title: "json") + "\n")
        let result = try importPaths([dir.path])
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.articles.map(\.title) == [ReferencePage.title, "json"])
        #expect(result.origins == [dir.path + "/1-page.txt", dir.path + "/2-lines.json:1"])
    }

    @Test func encoding_names_can_be_checked_before_reading() {
        #expect(Importer.isKnownEncoding("GB18030"))
        #expect(Importer.isKnownEncoding("big5"))
        #expect(Importer.isKnownEncoding("utf8"))
        #expect(!Importer.isKnownEncoding("klingon-8"))
        #expect(!Importer.isKnownEncoding(""))
    }

    @Test func a_dash_reads_standard_input_and_names_it_stdin() throws {
        let dir = try TemporaryDirectory()
        let file = try dir.write("input.jsonl", jsonArticle(id: 1, title: "来自标准输入") + "\n\n" + jsonArticle(id: 2, changes: ["views": "x"]) + "\n")
        let input = open(file, O_RDONLY)
        #expect(input >= 0)
        let saved = dup(STDIN_FILENO)
        #expect(dup2(input, STDIN_FILENO) == STDIN_FILENO)
        defer { dup2(saved, STDIN_FILENO); close(saved); close(input) }
        let result = try importPaths(["-"])
        #expect(result.articles.map(\.title) == ["来自标准输入"])
        #expect(result.origins == ["<stdin>:1"])
        #expect(result.failures.map(\.description) == ["<stdin>:3: \"views\" must be a number, not a string"])
    }
}
