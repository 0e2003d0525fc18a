import Testing
import Foundation
import YueduTestSupport

/// The harness itself: if these fail, every end-to-end result is suspect.
@Suite(.serialized) struct TmuxHarnessTests {
    @Test func output_is_read_back_from_the_pane_with_wide_characters_in_place() throws {
        let session = try TmuxSession(width: 20, height: 4, command: ["sh", "-c", "printf '中文|x\\nab|'; sleep 5"])
        defer { session.close() }
        let screen = try session.waitFor(text: "ab|")
        #expect(screen.first == "中文|x", "screen: \(screen)")
    }

    @Test func the_exit_status_of_the_command_is_reported() throws {
        let session = try TmuxSession(width: 20, height: 4, command: ["sh", "-c", "exit 3"])
        defer { session.close() }
        #expect(try session.waitForExit() == 3)
    }

    @Test func resizing_the_window_changes_what_the_program_sees() throws {
        let session = try TmuxSession(width: 30, height: 5, command: ["sh", "-c", "sleep 0.5; stty size; sleep 5"])
        defer { session.close() }
        try session.resize(width: 44, height: 7)
        try session.waitFor(text: "7 44")
    }
}
