import Foundation
import Testing
import YueduModel
import YueduTestSupport

/// A seeded storm of random keys and window resizes against the real binary
/// in tmux: afterwards the reader still answers keys and draws a sound frame.
@Suite(.serialized) struct StormTmuxTests {
    /// tmux key names: navigation, panes, marks, views, overlays, the prompt, odd keys.
    static let keys = ["j", "k", "g", "G", "h", "l", "H", "L", "[", "]", "f", "r", "v", "S", "/", "n", "N", "?",
                       "1", "2", "9", "Enter", "Tab", "BTab", "Escape", "Space", "BSpace", "DC", "Up", "Down", "Left",
                       "Right", "PageUp", "PageDown", "Home", "End", "C-d", "C-u", "C-f", "C-b", "C-a", "C-e", "F1",
                       "F12", "M-x", "经", "👍", "x", "q"]

    @Test func three_hundred_random_keys_and_thirty_resizes_leave_a_responsive_reader_and_a_sound_frame() throws {
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
        #expect(sent + resizes == 330 && resizes == 30)
        print("STORM tmux: \(sent) keys, \(resizes) resizes (down to 1×1), \(relaunches) quits by a storm key, "
              + "help answered in \(String(format: "%.2f", answeredIn)) s, frame sound")
    }
}
