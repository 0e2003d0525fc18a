import Foundation
#if canImport(Glibc)
import Glibc
#endif
import YueduTestSupport

/// What a user sees, timed through tmux: launch to first painted screen,
/// opening an article, keypress to screen, and the reader's peak memory.
struct ScreenFigures {
    var firstScreenCold: Double?
    var coldNote: String?
    var firstScreenWarm = Samples()
    /// The same launch-to-screen timing of a shell that paints a word at
    /// once: what tmux, the polling and exec cost whatever the program does.
    var harnessFloor = Samples()
    var openArticle = Samples()
    var listDown = Samples()
    var articleDown = Samples()
    var articlePage = Samples()
    var peakRSSBytes: Int?
}

struct ScreenBench {
    let yuedu: String
    let library: String
    let launches: Int
    let keys: Int
    let opens: Int
    let width: Int
    let height: Int
    let log: (String) -> Void

    func run() throws -> ScreenFigures {
        let tmux = try TmuxServer(width: width, height: height, command: ["sleep", "1000000"])
        defer { tmux.close() }
        var figures = ScreenFigures()
        let command = [yuedu, "--library", library]
        try firstScreens(tmux, into: &figures)

        // One browsing session: the list, opening articles, scrolling them.
        try tmux.respawn(command)
        var screen = try settledScreen(tmux, timeout: 60)
        for _ in 0..<keys {
            guard let timed = try timeKey(tmux, "j", from: screen) else { break }
            figures.listDown.add(timed.seconds)
            screen = timed.screen
        }
        for n in 0..<opens {
            if n > 0 {
                screen = try untimed(tmux, "h", from: screen)
                screen = try untimed(tmux, "j", from: screen)
            }
            guard let timed = try timeKey(tmux, "Enter", from: screen) else { throw BenchError("Enter changed nothing") }
            figures.openArticle.add(timed.seconds)
            screen = timed.screen
        }
        figures.articleDown = try scroll(tmux, key: "j", from: &screen)
        figures.articlePage = try scroll(tmux, key: "Space", from: &screen)
        let pid = tmux.panePid
        log("    reader pid \(pid.map(String.init) ?? "unknown")")
        if let pid { figures.peakRSSBytes = Machine.peakRSS(pid: pid) }
        try quit(tmux)
        return figures
    }

    /// Launch to first screen: cold once (when the page cache can be
    /// dropped), then `launches` warm launches, each after one of the
    /// harness floor.
    func firstScreens(_ tmux: TmuxServer, into figures: inout ScreenFigures) throws {
        let command = [yuedu, "--library", library]

        // The screen once everything has arrived; later launches are timed
        // until they show exactly this (the list, not a loading notice).
        try tmux.respawn(command)
        let reference = try settledScreen(tmux, timeout: 120)
        try quit(tmux)

        if Machine.dropCaches() {
            let start = Clock.now
            try tmux.respawn(command)
            figures.firstScreenCold = try waitFor(tmux, since: start, timeout: 60, interval: 0.001) { $0 == reference }?.seconds
            if figures.firstScreenCold == nil { figures.coldNote = "screen never matched" }
            try quit(tmux)
        } else {
            figures.coldNote = "cold not measurable (cannot drop the page cache)"
        }

        for _ in 0..<launches {
            // Floor and reader alternate, so both see the same machine.
            figures.harnessFloor.add(try floorLaunch(tmux))
            let start = Clock.now
            try tmux.respawn(command)
            guard let shown = try waitFor(tmux, since: start, timeout: 30, interval: 0.001, { $0 == reference }) else {
                throw BenchError("the reader's first screen differed from the reference:\n"
                                 + (try tmux.capture(styles: true)).joined(separator: "\n"))
            }
            figures.firstScreenWarm.add(shown.seconds)
            try quit(tmux)
        }
        log("    first screen: warm median \(Format.milliseconds(figures.firstScreenWarm.median ?? 0)), "
            + "harness floor \(Format.milliseconds(figures.harnessFloor.median ?? 0))")
    }

    /// One launch of a program that paints at once (sh's printf), timed as
    /// the reader's first screen is; the next respawn ends its sleep.
    private func floorLaunch(_ tmux: TmuxServer) throws -> Double {
        let marker = "yuedu-bench-floor"
        let start = Clock.now
        try tmux.respawn(["/bin/sh", "-c", "printf '%s' \(marker); exec sleep 1000000"])
        guard let shown = try waitFor(tmux, since: start, timeout: 30, interval: 0.001, { $0.first?.hasPrefix(marker) == true })
        else { throw BenchError("the harness floor's shell never painted its marker") }
        return shown.seconds
    }

    /// `keys` presses of `key` in the article. At the end of an article
    /// (nothing changes) it goes back to the top with g; an article too short
    /// to scroll is swapped for the next one in the list.
    private func scroll(_ tmux: TmuxServer, key: String, from screen: inout [String]) throws -> Samples {
        var samples = Samples()
        var misses = 0
        var justRewound = false
        while samples.count < keys {
            if let timed = try timeKey(tmux, key, from: screen, timeout: 0.2) {
                samples.add(timed.seconds)
                screen = timed.screen
                justRewound = false
                continue
            }
            misses += 1
            // Short articles end after a page or two: a miss per sample or so is normal.
            if misses > 4 * keys { throw BenchError("\(key) changes nothing in the article pane") }
            if justRewound {
                for next in ["h", "j", "Enter"] { screen = try untimed(tmux, next, from: screen) }
                justRewound = false
            } else {
                screen = try untimed(tmux, "g", from: screen)
                justRewound = true
            }
        }
        return samples
    }

    /// Sends `key` and times until the screen has changed and then stayed
    /// unchanged for `quiet` seconds: the time of the last change, so rows
    /// that arrive after a placeholder count. Nil when nothing changes.
    private func timeKey(_ tmux: TmuxServer, _ key: String, from before: [String], timeout: Double = 2,
                         quiet: Double = 0.03) throws -> (seconds: Double, screen: [String])? {
        let start = Clock.now
        try tmux.send(keys: [key])
        guard var last = try waitFor(tmux, since: start, timeout: timeout, { $0 != before }) else { return nil }
        var lastChange = start + last.seconds
        while Clock.now - lastChange < quiet {
            usleep(500)
            let screen = try tmux.capture(styles: true)
            if screen != last.screen {
                lastChange = Clock.now
                last = (lastChange - start, screen)
            }
        }
        return (lastChange - start, last.screen)
    }

    /// Polls the styled screen until `predicate` holds; the seconds from
    /// `start` to that capture and the screen, or nil after `timeout`.
    private func waitFor(_ tmux: TmuxServer, since start: Double, timeout: Double, interval: Double = 0.0005,
                         _ predicate: ([String]) -> Bool) throws -> (seconds: Double, screen: [String])? {
        while true {
            let screen = try tmux.capture(styles: true)
            let now = Clock.now
            if predicate(screen) { return (now - start, screen) }
            if now - start > timeout { return nil }
            usleep(UInt32(interval * 1_000_000))
        }
    }

    private func untimed(_ tmux: TmuxServer, _ key: String, from before: [String]) throws -> [String] {
        try timeKey(tmux, key, from: before, timeout: 0.5)?.screen ?? before
    }

    /// Polls until the screen has not changed for a second.
    private func settledScreen(_ tmux: TmuxServer, timeout: Double) throws -> [String] {
        let start = Clock.now
        var screen = try tmux.capture(styles: true)
        var since = Clock.now
        while Clock.now - since < 1.0 {
            if Clock.now - start > timeout { throw BenchError("the reader's screen never settled") }
            usleep(10_000)
            let now = try tmux.capture(styles: true)
            if now != screen { screen = now; since = Clock.now }
        }
        if tmux.paneIsDead { throw BenchError("the reader exited:\n" + screen.joined(separator: "\n")) }
        return screen
    }

    private func quit(_ tmux: TmuxServer) throws {
        try tmux.send(keys: ["q"])
        let deadline = Clock.now + 10
        while !tmux.paneIsDead {
            if Clock.now > deadline { throw BenchError("the reader did not quit on q") }
            usleep(2_000)
        }
    }
}

extension ScreenFigures {
    /// The reader's warm first screen less the harness floor (both medians):
    /// the part of the wait that is the reader's own doing.
    var overFloor: Double? {
        guard let warm = firstScreenWarm.median, let floor = harnessFloor.median else { return nil }
        return warm - floor
    }
}
