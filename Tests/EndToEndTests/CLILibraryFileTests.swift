import Foundation
import Testing

@Suite struct CLILibraryFileTests {
    @Test func importing_a_file_that_is_not_an_article_reports_a_failure_and_exits_1() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let path = try cli.file("garbage.bin", "\u{0}\u{1}\u{2}\u{FFFD}garbage")
        let result = try cli.run(["import", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("new 0, updated 0, unchanged 0, failed 1"))
        #expect(result.stderr.contains(path))
    }

    @Test func a_library_flag_naming_a_directory_is_an_error_naming_it() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let result = try cli.run(["list", "--library", cli.directory.path], library: false)
        #expect(result.status != 0)
        #expect(result.stderr.contains(cli.directory.path))
        #expect(result.stderr.contains("is a directory"))
    }

    @Test func a_missing_parent_directory_is_an_error_and_is_not_created() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let path = cli.directory.path + "/missing/library.sqlite"
        let result = try cli.run(["list", "--library", path], library: false)
        #expect(result.status != 0)
        #expect(result.stderr.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: cli.directory.path + "/missing"))
    }

    @Test func a_file_that_is_not_a_library_is_refused_and_left_as_it_was() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let path = try cli.file("notes.txt", "我的笔记\n")
        let result = try cli.run(["stats", "--library", path], library: false)
        #expect(result.status != 0)
        #expect(result.stderr.contains(path) && result.stderr.contains("not a yuedu library"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "我的笔记\n")
    }

    @Test func a_damaged_library_is_refused_in_plain_words() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let path = try cli.file("damaged.sqlite", "SQLite format 3\u{0}" + String(repeating: "垃圾", count: 400))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try cli.run(["list", "--library", path], library: false)
        #expect(result.status != 0)
        #expect(result.stderr.contains(path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func the_environment_names_the_library_when_no_flag_does() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        try CLILibraryFixture.populate(cli)
        let result = try cli.run(["list", "--json"], environment: ["YUEDU_LIBRARY": cli.libraryPath], library: false)
        #expect(result.status == 0)
        #expect(result.stdout.contains("kr-seoul-1"))
    }

    @Test func the_default_library_is_created_private_under_xdg_data_home() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let xdg = cli.directory.appendingPathComponent("data").path
        let result = try cli.run(["stats"], environment: ["XDG_DATA_HOME": xdg], library: false)
        #expect(result.status == 0)
        let attributes = FileManager.default
        #expect(try attributes.attributesOfItem(atPath: xdg + "/yuedu")[.posixPermissions] as? Int == 0o700)
        #expect(try attributes.attributesOfItem(atPath: xdg + "/yuedu/library.sqlite")[.posixPermissions] as? Int == 0o600)
    }
}
