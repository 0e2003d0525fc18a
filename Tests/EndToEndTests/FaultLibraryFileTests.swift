import Foundation
import GRDB
import Testing
import YueduModel
#if canImport(Glibc)
import Glibc
#endif
import YueduTestSupport

/// Broken library files: every command refuses them with a message naming
/// the file and a non-zero exit, and the file is byte-identical afterwards.
/// (A directory, a missing parent, a text file and a damaged header are in
/// CLILibraryFileTests.)
@Suite struct FaultLibraryFileTests {
    /// Commands that open the library, each given the key of a stored article.
    static func commands(key: String, importPath: String) -> [[String]] {
        [["list", "--json"], ["stats"], ["show", key], ["favorite", key], ["mark-read", key],
         // Never /dev/null: these run as root, and a regression that wrote
         // it by renaming a file over it would break the machine.
         ["import", importPath], ["export-state", importPath + ".state.json"], ["list", "--unread"]]
            + (hasDoctor ? [["doctor"], ["doctor", "--rebuild"]] : [])
    }

    /// `yuedu doctor` must refuse a broken file as plainly, and never "repair" it.
    static let hasDoctor = CLIRunner.hasSubcommand("doctor")
    static var commandCount: Int { hasDoctor ? 10 : 8 }

    /// A library holding the bundled sample (21 articles, about 30 pages).
    static func sampleLibrary() throws -> CLIRunner { try ReaderEndToEndTests.sampleLibrary() }

    static func oneArticleJSONL(_ cli: CLIRunner) throws -> String {
        try cli.file("one.jsonl", #"{"id":"x1","title":"新文章","site":"测试网","published":"2024-05-01T08:00+08:00","body":["正文。"],"source":"甲","editor":"乙","related":[]}"# + "\n")
    }

    /// Runs every command on `path` and checks each refusal; returns how many ran.
    static func expectRefused(_ cli: CLIRunner, path: String, because words: String? = nil,
                              sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let before = FileBytes.of(path)
        let importPath = try oneArticleJSONL(cli)
        var ran = 0
        for command in commands(key: "0", importPath: importPath) {
            let result = try cli.run(command + ["--library", path], library: false)
            ran += 1
            #expect(result.status != 0 && result.status < 128, "\(command) exited \(result.status)", sourceLocation: sourceLocation)
            #expect(result.stderr.contains(path), "\(command): \(result.stderr)", sourceLocation: sourceLocation)
            if let words { #expect(result.stderr.contains(words), "\(command): \(result.stderr)", sourceLocation: sourceLocation) }
            #expect(!result.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
            #expect(FileBytes.of(path) == before, "\(command) changed \(path)", sourceLocation: sourceLocation)
            for sidecar in [path + "-wal", path + "-shm"] {
                #expect(!FileManager.default.fileExists(atPath: sidecar), "\(command) left \(sidecar)", sourceLocation: sourceLocation)
            }
        }
        return ran
    }

    @Test(arguments: [0.25, 0.5, 0.75, 0.9])
    func a_truncated_library_is_refused_and_left_byte_identical(fraction: Double) throws {
        let cli = try Self.sampleLibrary(); defer { cli.cleanUp() }
        let whole = try #require(FileBytes.of(cli.libraryPath))
        let path = cli.directory.appendingPathComponent("truncated.sqlite").path
        try whole.prefix(Int(Double(whole.count) * fraction)).write(to: URL(fileURLWithPath: path))
        #expect(try Self.expectRefused(cli, path: path, because: "damaged") == Self.commandCount)
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func random_bytes_are_refused_and_left_byte_identical(seed: UInt64) throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        var random = SplitMix64(seed: seed)
        let path = cli.directory.appendingPathComponent("random.sqlite").path
        try Data((0..<(4096 * Int.random(in: 1...8, using: &random))).map { _ in UInt8.random(in: 0...255, using: &random) })
            .write(to: URL(fileURLWithPath: path))
        #expect(try Self.expectRefused(cli, path: path, because: "not a yuedu library") == Self.commandCount)
    }

    @Test(arguments: [UInt64(4), 5, 6])
    func an_sqlite_header_over_random_pages_is_refused_and_left_byte_identical(seed: UInt64) throws {
        let cli = try Self.sampleLibrary(); defer { cli.cleanUp() }
        var bytes = try #require(FileBytes.of(cli.libraryPath))
        var random = SplitMix64(seed: seed)
        // Keep the 100-byte header and scribble over everything after it.
        for i in 100..<bytes.count { bytes[i] = UInt8.random(in: 0...255, using: &random) }
        let path = cli.directory.appendingPathComponent("scribbled.sqlite").path
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(try Self.expectRefused(cli, path: path) == Self.commandCount)
    }

    @Test func another_programs_sqlite_database_is_refused_and_left_byte_identical() throws {
        let cli = try CLIRunner(); defer { cli.cleanUp() }
        let path = cli.directory.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('笔记')")
        }
        #expect(try Self.expectRefused(cli, path: path, because: "another program") == Self.commandCount)
    }

    @Test func a_library_from_a_newer_schema_is_refused_and_left_byte_identical() throws {
        let cli = try Self.sampleLibrary(); defer { cli.cleanUp() }
        try LibraryInspector.queue(cli.libraryPath).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('99-from-the-future')")
        }
        #expect(try Self.expectRefused(cli, path: cli.libraryPath, because: "newer version") == Self.commandCount)
    }

    @Test func a_read_only_library_refuses_writes_and_keeps_its_bytes() throws {
        let cli = try Self.sampleLibrary(); defer { cli.cleanUp() }
        let key = try #require(try ReaderEndToEndTests.listed(cli).first?["key"] as? String)
        chmod(cli.libraryPath, 0o444)
        chmod(cli.directory.path, 0o755)
        let before = FileBytes.of(cli.libraryPath)
        for command in [["favorite", key], ["import", try Self.oneArticleJSONL(cli)], ["mark-read", key]] {
            let result = try ShellRun.sh(ShellRun.unprivileged([CLIRunner.binary.path] + command + ["--library", cli.libraryPath]))
            #expect(result.status != 0 && result.status < 128, "\(command): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains(cli.libraryPath) && result.stderr.contains("read-only"), "\(result.stderr)")
            #expect(FileBytes.of(cli.libraryPath) == before)
        }
    }

    /// A file-size limit makes every write past it fail (EFBIG), as a full
    /// disk does; SIGXFSZ is ignored so the import sees the error.
    @Test func a_full_disk_during_import_fails_cleanly_and_keeps_every_article_and_favourite() throws {
        let cli = try Self.sampleLibrary(); defer { cli.cleanUp() }
        let key = try #require(try ReaderEndToEndTests.listed(cli).first?["key"] as? String)
        #expect(try cli.run(["favorite", key]).status == 0)
        let articlesBefore = try LibraryInspector.articles(cli.libraryPath)
        let corpus = cli.directory.appendingPathComponent("corpus.jsonl").path
        let bench = BuiltProducts.directory.appendingPathComponent("yuedu-bench").path
        let generated = try Spawn.run([bench, "corpus", "--count", "2000", "--seed", "7", "--output", corpus])
        try #require(generated.status == 0, "\(generated.stderr)")
        let sizeBefore = try #require(FileBytes.of(cli.libraryPath)?.count)
        // 512-byte blocks: room for the library as it is plus a little, not for 2,000 articles.
        let blocks = sizeBefore / 512 + 64
        let command = [CLIRunner.binary.path, "import", corpus, "--library", cli.libraryPath].map(TmuxSession.shellQuote).joined(separator: " ")
        let result = try ShellRun.sh("trap '' XFSZ; ulimit -f \(blocks); exec \(command)")
        #expect(result.status != 0 && result.status < 128, "import exited \(result.status): \(result.stderr.suffix(300))")
        #expect(result.stderr.contains(cli.libraryPath), "\(result.stderr.suffix(300))")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(try LibraryInspector.integrity(cli.libraryPath) == ["ok"])
        let after = try LibraryInspector.articles(cli.libraryPath)
        for (key, article) in articlesBefore { #expect(after[key] == article, "\(key) changed") }
        #expect(try LibraryInspector.favorites(cli.libraryPath) == [key])
        // Without the limit the same import completes.
        #expect(try cli.run(["import", corpus]).status == 0)
        #expect(try LibraryInspector.articles(cli.libraryPath).count >= articlesBefore.count + 1_900)
    }
}
