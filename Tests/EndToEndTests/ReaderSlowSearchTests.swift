import Foundation
import Testing
import YueduTestSupport

/// A search that is slow for a real reason, in tmux: while it runs the
/// reader shows its first page, moves, opens an article, and Esc stops it.
@Suite(.serialized) struct ReaderSlowSearchTests {
    static let count = 10_000
    static let matching = 30

    /// Every article holds 局发展 and 发展中 (so every pair and every trigram
    /// of 局发展中 is in every article and the index cannot rule one out),
    /// but only the newest `matching` hold 局发展中: the search finds those
    /// at once and then checks every other article's text in vain.
    static func slowLibrary() throws -> CLIRunner {
        let cli = try CLIRunner()
        var lines: [String] = []
        lines.reserveCapacity(count)
        for n in 0..<count {
            var body = (0..<40).map { "\"有关当局发展了新的规划，许多发展中国家参加了第\($0)次会议。\"" }
            body[0] = "\"第\(n)篇的开头。\""
            if n >= count - matching { body[1] = "\"这是当局发展中的第\(n)篇。\"" }
            let hour = n % 24, day = n / 24 % 28 + 1, month = n / 24 / 28 % 12 + 1, year = 2000 + n / 24 / 28 / 12
            let published = String(format: "%04d-%02d-%02dT%02d:00:00+08:00", year, month, day, hour)
            lines.append("""
                {"id": "s\(n)", "url": "https://slow.example/\(n).html", "title": "第\(n)篇 规划会议", "site": "慢网", \
                "source": "慢报", "editor": "编", "published": "\(published)", "related": [], "body": [\(body.joined(separator: ", "))]}
                """)
        }
        let file = try cli.file("slow.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try cli.run(["import", file])
        #expect(result.status == 0, "import failed: \(result.stderr)")
        return cli
    }

    /// User and system CPU time of `pid` so far, in clock ticks.
    static func cpuTicks(_ pid: pid_t) -> Int {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        // After the command come the state (field 3), … utime (14), stime (15).
        return (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)
    }

    @Test func keys_work_while_a_slow_search_runs_and_escape_stops_it() throws {
        let cli = try Self.slowLibrary()
        defer { cli.cleanUp() }
        let session = try TmuxSession(width: 100, height: 30, command: [CLIRunner.binary.path, "--library", cli.libraryPath],
                                      environment: ["TERM": "screen-256color"])
        defer { session.closeKillingDescendants() }
        try session.waitFor(text: "全部 All")
        let newest = Self.count - 1

        try session.type("/局发展中")
        try session.send("Enter")
        // The first page is up while the search goes on through the rest.
        try session.waitFor("the first page while searching") { screen in
            screen.contains { $0.contains("第\(newest)篇 规划会议") } && screen.last?.contains("搜索中 searching") == true
        }
        // Moving and opening answer at once: the second hit opens, the search still running.
        try session.type("j")
        try session.send("Enter")
        let opened = try session.waitFor("the second hit opened") { screen in screen.contains { $0.contains("第\(newest - 1)篇的开头") } }
        #expect(opened.last?.contains("搜索中 searching") == true, "the search ended before the keys were answered")

        // Esc cancels it: the list is back, and the reader stops working on the search.
        try session.send("Escape")
        try session.waitFor(text: "已取消搜索 search cancelled")
        let pid = try #require(session.readerPID())
        usleep(300_000)  // the search thread's next candidate, and the reload of the list
        let before = Self.cpuTicks(pid)
        usleep(1_000_000)
        let spent = Self.cpuTicks(pid) - before
        #expect(spent <= 10, "the reader used \(spent) ticks of CPU in the second after Esc: the search went on")

        // The same search left to run ends with all its hits.
        try session.type("/局发展中")
        try session.send("Enter")
        try session.waitFor(text: "\(Self.matching) 条结果 results", timeout: 60)
    }
}
