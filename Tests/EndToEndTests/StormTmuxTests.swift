import Foundation
import Testing
import YueduModel
import YueduTestSupport

/// A seeded storm of random keys and window resizes against the real binary
/// in tmux: afterwards the reader still answers keys, draws a sound frame,
/// and shows exactly the read and favourite marks it stored.
@Suite(.serialized) struct StormTmuxTests {
    /// tmux key names: navigation, panes, marks, views, overlays, the prompt, odd keys.
    static let keys = ["j", "k", "g", "G", "h", "l", "H", "L", "[", "]", "f", "r", "v", "S", "/", "n", "N", "?",
                       "1", "2", "9", "Enter", "Tab", "BTab", "Escape", "Space", "BSpace", "DC", "Up", "Down", "Left",
                       "Right", "PageUp", "PageDown", "Home", "End", "C-d", "C-u", "C-f", "C-b", "C-a", "C-e", "F1",
                       "F12", "M-x", "经", "👍", "x", "q"]

    @Test func three_hundred_random_keys_and_thirty_resizes_leave_a_responsive_reader_a_sound_frame_and_the_marks_it_stored() throws {
        let cli = try ReaderEndToEndTests.sampleLibrary(); defer { cli.cleanUp() }
        let session = try ReaderEndToEndTests.launch(cli, width: 100, height: 30)
        defer { session.closeKillingDescendants() }
        try session.waitFor(text: "全部 All")
        var random = SplitMix64(seed: 2026)
        var (sent, resizes, relaunches) = (0, 0, 0)
        var current = session
        var extra: [TmuxSession] = []
        defer { extra.forEach { $0.closeKillingDescendants() } }
        for step in 0..<330 {
            if step % 11 == 10 {
                let width = [1, 2, 5, 12, 20, 40, 60, 80, 100, 150, 200].randomElement(using: &random)!
                let height = [1, 2, 4, 8, 12, 24, 30, 50].randomElement(using: &random)!
                try current.resize(width: width, height: height)
                resizes += 1
            } else {
                let key = Self.keys.randomElement(using: &random)!
                // Non-ASCII text goes literally; `q` or Ctrl-C may quit, which is no crash (see below).
                if key.unicodeScalars.allSatisfy(\.isASCII) { try current.send(key) } else { try current.type(key) }
                sent += 1
            }
            if let status = try current.exitStatus() {
                #expect(status == 0, "step \(step): the reader exited with \(status)")
                relaunches += 1
                current = try ReaderEndToEndTests.launch(cli, width: 100, height: 30)
                extra.append(current)
                try current.waitFor("a frame") { $0.first?.hasPrefix("┌─") ?? false }
            }
        }
        // A q among the last keys may quit after the loop's check looked:
        // give it time to, and count it like any other exit.
        usleep(300_000)
        if let status = try current.exitStatus() {
            #expect(status == 0, "after the storm: the reader exited with \(status)")
            relaunches += 1
            current = try ReaderEndToEndTests.launch(cli, width: 100, height: 30)
            extra.append(current)
            try current.waitFor("a frame") { $0.first?.hasPrefix("┌─") ?? false }
        }
        // Still answering: back to a normal size, close whatever is open, show help.
        try current.resize(width: 100, height: 30)
        try current.send("Escape")
        usleep(300_000)
        try current.send("Escape")
        usleep(300_000)
        let asked = Date()
        try current.type("?")
        try current.waitFor(text: "帮助 Help", timeout: 5)
        let answeredIn = Date().timeIntervalSince(asked)
        try current.send("Escape")
        try current.waitFor("the help to close") { !$0.contains { $0.contains("帮助 Help") } }
        try ReaderEndToEndTests.waitForSoundFrame(current)

        // What the storm's f and r presses did must be what the reader stored:
        // in the all view every article is on screen, and each row's unread
        // and favourite marks must equal the library's (written off the UI
        // thread, so give the last write a moment).
        var allView = try current.capture()
        for _ in 0..<3 where !(allView.first ?? "").hasPrefix("┌─ 全部 All") {
            // v cycles all → unread → favourites → all; a site view returns to all.
            let header = allView.first
            try current.send("v")
            allView = try current.waitFor("the next view") { $0.first != header }
        }
        allView = try current.waitFor("the all view") { $0.first?.hasPrefix("┌─ 全部 All") ?? false }
        // tmux may show the view's frame half drawn (its header before its
        // last rows), and the last write may still be on its way: look
        // again at both until they agree or time runs out.
        var shown = Self.marks(onScreen: allView)
        var stored = try Self.storedMarks(cli)
        let deadline = Date().addingTimeInterval(5)
        while stored != shown && Date() < deadline {
            usleep(100_000)
            allView = try current.capture()
            shown = Self.marks(onScreen: allView)
            stored = try Self.storedMarks(cli)
        }
        #expect(shown.count == stored.count && shown.count > 1, "\(allView.joined(separator: "\n"))")
        #expect(shown == stored, "the screen's marks differ from the library's:\n\(allView.joined(separator: "\n"))")
        let imported = stored.map { Marks(titlePrefix: $0.titlePrefix, unread: true, favorite: false) }
        #expect(stored != imported, "the storm changed no read or favourite mark")
        print("STORM tmux: \(sent) keys, \(resizes) resizes (down to 1×1), \(relaunches) quits by a storm key, "
              + "help answered in \(String(format: "%.2f", answeredIn)) s, frame sound, "
              + "\(stored.filter(\.favorite).count) favourites and \(stored.filter { !$0.unread }.count) read stored as shown")
    }

    /// One list row: the start of its title (to line rows up with the
    /// library's order), and its ● unread and ★ favourite marks.
    struct Marks: Equatable, CustomStringConvertible {
        var titlePrefix: String
        var unread: Bool
        var favorite: Bool
        var description: String { "\(unread ? "●" : " ")\(favorite ? "★" : " ") \(titlePrefix)" }
    }

    /// The list pane's rows (`│●★ title… date│`) under the header, up to the first blank row.
    static func marks(onScreen screen: [String]) -> [Marks] {
        var rows: [Marks] = []
        for line in screen.dropFirst() {
            let cells = Array(line)
            guard cells.count > 8, cells[0] == "│", cells[3] == " ", cells[4] != " " else { break }
            rows.append(Marks(titlePrefix: String(cells[4..<8]), unread: cells[1] == "●", favorite: cells[2] == "★"))
        }
        return rows
    }

    /// The library's marks, newest first as the all view lists them.
    static func storedMarks(_ cli: CLIRunner) throws -> [Marks] {
        try ReaderEndToEndTests.listed(cli).map { row in
            Marks(titlePrefix: String(((row["title"] as? String) ?? "").prefix(4)),
                  unread: !((row["read"] as? Bool) ?? false), favorite: (row["favorite"] as? Bool) ?? false)
        }
    }
}
