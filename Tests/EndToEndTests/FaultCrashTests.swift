import Foundation
import Testing
import YueduModel
#if canImport(Glibc)
import Glibc
#endif
import YueduTestSupport

/// `kill -9` at seeded random moments, during an import and while reading:
/// afterwards SQLite's integrity check passes, every article is whole (equal
/// to the same article imported without a crash) or absent, no related item
/// lost its article, and every favourite set before the kill is still there.
@Suite(.serialized) struct FaultCrashTests {
    static var yuedu: String { CLIRunner.binary.path }

    /// A JSON Lines corpus from the benchmark generator (the import command
    /// stores 2,000 articles per transaction: 2,100 make two batches).
    static func corpus(_ cli: CLIRunner, count: Int, seed: Int) throws -> String {
        let path = cli.directory.appendingPathComponent("corpus-\(count)-\(seed).jsonl").path
        let bench = BuiltProducts.directory.appendingPathComponent("yuedu-bench").path
        let result = try Spawn.run([bench, "corpus", "--count", "\(count)", "--seed", "\(seed)", "--output", path])
        guard result.status == 0 else { throw SpawnError("corpus: \(result.stderr)") }
        return path
    }

    static func copyLibrary(_ from: String, to: String) throws {
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: from + suffix) {
            try? FileManager.default.removeItem(atPath: to + suffix)
            try FileManager.default.copyItem(atPath: from + suffix, toPath: to + suffix)
        }
    }

    static func removeLibrary(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @Test func kill_9_during_an_import_leaves_every_article_whole_or_absent_and_every_favourite() throws {
        let cli = try ReaderEndToEndTests.sampleLibrary(); defer { cli.cleanUp() }
        let keys = try ReaderEndToEndTests.listed(cli).compactMap { $0["key"] as? String }
        for key in keys.prefix(3) { #expect(try cli.run(["favorite", key]).status == 0) }
        let favourites = try LibraryInspector.favorites(cli.libraryPath)
        #expect(favourites.count == 3)
        let sampleCount = try LibraryInspector.articles(cli.libraryPath).count
        // Two batches (killed between them too) for a few rounds; one smaller
        // batch for the rest, so twenty imports fit in the time of a test.
        let big = try Self.corpus(cli, count: 2100, seed: 1), small = try Self.corpus(cli, count: 400, seed: 2)

        // The same imports without a crash: what a whole article looks like, and how long each takes.
        let referencePath = cli.directory.appendingPathComponent("reference.sqlite").path
        try Self.copyLibrary(cli.libraryPath, to: referencePath)
        var seconds: [String: Double] = [:]
        for corpus in [big, small] {
            let started = Date()
            #expect(try cli.run(["import", corpus, "--library", referencePath], library: false).status == 0)
            seconds[corpus] = Date().timeIntervalSince(started)
        }
        let reference = try LibraryInspector.articles(referencePath)
        #expect(reference.count == sampleCount + 2100 + 400)

        let hasDoctor = CLIRunner.hasSubcommand("doctor")
        var doctorChecks = 0
        var random = SplitMix64(seed: 7)
        var (kills, killedMidway, torn, lostFavourites, unsound) = (0, 0, 0, 0, 0)
        var outcomes = Set<Int>()
        for round in 0..<20 {
            let corpus = round < 4 ? big : small
            let path = cli.directory.appendingPathComponent("crash-\(round).sqlite").path
            try Self.copyLibrary(cli.libraryPath, to: path)
            let importer = try BackgroundProcess([Self.yuedu, "import", corpus, "--library", path])
            // The two-batch import commits its first batch late: aim those kills around it; the
            // others anywhere. (The reference ran beside other tests, so its time may be long.)
            let window = round < 4 ? 0.6...1.0 : 0.0...0.9
            usleep(UInt32(Double.random(in: window, using: &random) * seconds[corpus]! * 1_000_000))
            if importer.killHard() { killedMidway += 1 }
            kills += 1

            let integrity = try LibraryInspector.integrity(path)
            if integrity != ["ok"] { unsound += 1 }
            #expect(integrity == ["ok"], "round \(round)")
            let stored = try LibraryInspector.articles(path)
            outcomes.insert(stored.count - sampleCount)
            for (key, article) in stored where reference[key] != article {
                torn += 1
                Issue.record("round \(round): \(key) differs from the uncrashed import")
            }
            let kept = try LibraryInspector.favorites(path)
            lostFavourites += favourites.subtracting(kept).count
            #expect(kept == favourites, "round \(round)")
            // Where the store keeps a search index, `yuedu doctor` checks it against the articles.
            if hasDoctor {
                let doctor = try cli.run(["doctor", "--library", path], library: false)
                #expect(doctor.status == 0, "round \(round): \(doctor.stdout) \(doctor.stderr)")
                doctorChecks += 1
            }
            // Once: the same import again completes what the crash cut off.
            if round == 19 {
                #expect(try cli.run(["import", corpus, "--library", path], library: false).status == 0)
                #expect(try LibraryInspector.articles(path).count == sampleCount + 400)
                #expect(try LibraryInspector.articles(path).allSatisfy { reference[$0.key] == $0.value })
            }
            Self.removeLibrary(path)
        }
        #expect(kills == 20 && torn == 0 && lostFavourites == 0 && unsound == 0)
        #expect(killedMidway >= 5, "kills should land inside the import")
        print("CRASH import: \(kills) kill -9 (\(killedMidway) mid-import; imports take "
              + "\(String(format: "%.2f", seconds[big]!)) s for 2,100 and \(String(format: "%.2f", seconds[small]!)) s for 400), "
              + "new articles present after a kill: \(outcomes.sorted()), torn \(torn), favourites lost \(lostFavourites), "
              + "integrity failures \(unsound), doctor (file, search index) passed \(doctorChecks)")
    }

    @Test func kill_9_while_reading_keeps_every_confirmed_favourite_and_a_sound_library() throws {
        let cli = try ReaderEndToEndTests.sampleLibrary(); defer { cli.cleanUp() }
        let keys = try ReaderEndToEndTests.listed(cli).compactMap { $0["key"] as? String }
        var random = SplitMix64(seed: 11)
        var confirmed = Set<String>()
        var (kills, lost, unsound) = (0, 0, 0)
        let hasDoctor = CLIRunner.hasSubcommand("doctor")
        let burstKeys = ["j", "k", "Enter", "Tab", "BTab", "r", "v", "G", "g", "Space", "H", "L", "1", "?", "Escape", "/", "x", "BSpace"]
        for round in 0..<10 {
            let session = try ReaderEndToEndTests.launch(cli, width: 100, height: 30)
            defer { session.closeKillingDescendants() }
            // The last session's view comes back, and its header may cut the counts off: wait for the frame.
            try session.waitFor("the frame") { $0.first?.hasPrefix("┌─") ?? false }
            // Favourite an article not yet a favourite: its row index in the all-articles list.
            let candidates = keys.indices.filter { !confirmed.contains(keys[$0]) }
            let index = candidates.randomElement(using: &random)!
            // The list starts in the view and at the row the last session saved: go to the top of "all".
            try session.send("Escape")
            usleep(150_000)
            try session.type("hh")
            try ReaderFaultKeys.showAllView(session)
            try session.type("g" + String(repeating: "j", count: index))
            try session.type("f")
            try session.waitFor(text: "收藏 \(confirmed.count + 1)")
            confirmed.insert(keys[index])
            // A burst of other keys, then the kill at a random moment within it.
            for _ in 0..<Int.random(in: 1...25, using: &random) {
                try session.send(burstKeys.randomElement(using: &random)!)
            }
            usleep(UInt32.random(in: 0...400_000, using: &random))
            let pid = try #require(session.readerPID())
            kill(pid, SIGKILL)
            _ = try session.waitForExit()
            kills += 1

            let integrity = try LibraryInspector.integrity(cli.libraryPath)
            if integrity != ["ok"] { unsound += 1 }
            #expect(integrity == ["ok"], "round \(round)")
            let kept = try LibraryInspector.favorites(cli.libraryPath)
            lost += confirmed.subtracting(kept).count
            #expect(kept.isSuperset(of: confirmed), "round \(round): lost \(confirmed.subtracting(kept))")
            if hasDoctor {
                let doctor = try cli.run(["doctor"])
                #expect(doctor.status == 0, "round \(round): \(doctor.stdout) \(doctor.stderr)")
            }
            confirmed = kept  // a burst never holds `f`, but keep the truth the library holds
        }
        // The library still opens in the reader after ten crashes.
        let session = try ReaderEndToEndTests.launch(cli, width: 100, height: 30)
        defer { session.closeKillingDescendants() }
        try session.waitFor("the frame") { $0.first?.hasPrefix("┌─") ?? false }
        try ReaderFaultKeys.showAllView(session)
        try session.waitFor(text: "收藏 \(confirmed.count)")
        #expect(kills == 10 && lost == 0 && unsound == 0)
        print("CRASH reader: \(kills) kill -9 while reading, favourites confirmed \(confirmed.count), lost \(lost), integrity failures \(unsound)")
    }
}

/// Key moves the fault tests share.
enum ReaderFaultKeys {
    /// Presses `v` until the list header shows the all-articles view.
    static func showAllView(_ session: TmuxSession) throws {
        for _ in 0..<4 {
            if let header = try session.capture().first, header.contains("┌─ 全部 All") || header.hasPrefix("┌─ 全部") { return }
            try session.type("v")
            usleep(150_000)
        }
        try session.waitFor(text: "┌─ 全部 All")
    }
}
