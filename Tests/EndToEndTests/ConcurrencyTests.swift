import Foundation
import Testing
import YueduTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Two readers (real `yuedu` processes in tmux) and an import on one library
/// at once: no "database is locked" reaches anyone, every favourite and read
/// mark either reader wrote is in the library afterwards, and each reader
/// shows the other's changes and the imported articles when it returns to a view.
@Suite(.serialized) struct ConcurrencyTests {
    /// Words of a store failure (LibraryError's descriptions) reaching the screen.
    static let failureWords = ["locked", "database", "library is", "damaged", "Error"]

    @Test func two_readers_and_an_import_at_once_lose_nothing_and_see_each_other() throws {
        let cli = try ReaderEndToEndTests.sampleLibrary(); defer { cli.cleanUp() }
        let keys = try ReaderEndToEndTests.listed(cli).compactMap { $0["key"] as? String }
        #expect(keys.count == 24)
        // The imported articles are dated 2000–2004 (twenty years back keeps 29 February valid), older than every sample
        // article, so the rows the readers work on keep their places.
        let generated = try FaultCrashTests.corpus(cli, count: 2000, seed: 3)
        let corpus = cli.directory.appendingPathComponent("older.jsonl").path
        try String(contentsOfFile: generated, encoding: .utf8)
            .replacingOccurrences(of: "\"published\":\"202", with: "\"published\":\"200")
            .write(toFile: corpus, atomically: true, encoding: .utf8)

        let a = try ReaderEndToEndTests.launch(cli, width: 100, height: 30)
        defer { a.closeKillingDescendants() }
        let b = try ReaderEndToEndTests.launch(cli, width: 100, height: 30)
        defer { b.closeKillingDescendants() }
        for reader in [a, b] { try reader.waitFor(text: "全部 All 24") }

        var screens: [[String]] = []
        let importErrors = cli.directory.appendingPathComponent("import.err").path
        let importer = try BackgroundProcess([CLIRunner.binary.path, "import", corpus, "--library", cli.libraryPath],
                                             stderrFile: importErrors)
        // A favourites the even rows, B the odd ones; each opens (marks read) every third row of its own.
        var favourites: Set<String> = [], read: Set<String> = [], writes = 0
        for index in 0..<24 {
            let reader = index % 2 == 0 ? a : b
            try reader.type("g" + String(repeating: "j", count: index) + "f")
            favourites.insert(keys[index])
            writes += 1
            if index % 3 == 0 {
                try reader.send("Enter")
                usleep(80_000)
                try reader.type("h")
                read.insert(keys[index])
                writes += 1
            }
            usleep(40_000)
            screens.append(try reader.capture())
        }
        let importStatus = importer.wait()

        // Back through the views (all → unread → favourites → all): each reader
        // shows every favourite, both readers' and its own, and the import.
        for reader in [a, b] {
            try reader.type("v")
            usleep(150_000)
            try reader.type("v")
            usleep(150_000)
            try reader.type("v")
            let screen = try reader.waitFor(timeout: 15, "counts with the other reader's changes and the import") { screen in
                screen.first.map { $0.contains("全部 All 2024") && $0.contains("收藏 24") } ?? false
            }
            screens.append(screen)
        }
        for reader in [a, b] {
            try reader.type("q")
            #expect(try reader.waitForExit() == 0)
        }

        let shown = screens.flatMap { $0 }.filter { line in Self.failureWords.contains { line.contains($0) } }
        #expect(shown.isEmpty, "\(shown)")
        let errors = (try? String(contentsOfFile: importErrors, encoding: .utf8)) ?? ""
        #expect(importStatus == 0, "\(errors)")
        #expect(!errors.contains("locked"))
        let stored = Set(try ReaderEndToEndTests.listed(cli, ["--favorites"]).compactMap { $0["key"] as? String })
        #expect(stored == favourites, "lost: \(favourites.subtracting(stored))")
        let all = try ReaderEndToEndTests.listed(cli)
        let readNow = Set(all.filter { $0["read"] as? Bool == true }.compactMap { $0["key"] as? String })
        #expect(readNow.isSuperset(of: read), "read marks lost: \(read.subtracting(readNow))")
        #expect(all.count == 2024)
        print("CONCURRENCY: 2 readers + import of 2000: \(writes) marks written (\(favourites.count) favourites, \(read.count) opened), "
              + "favourites kept \(stored.intersection(favourites).count)/\(favourites.count), read kept \(readNow.intersection(read).count)/\(read.count), "
              + "lock messages seen \(shown.count), import exit \(importStatus)")
    }
}
