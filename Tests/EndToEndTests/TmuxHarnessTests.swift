import Testing
import Foundation

/// The harness itself: if these fail, every end-to-end result is suspect.
@Suite(.serialized) struct TmuxHarnessTests {
    @Test func a_command_output_is_read_back_from_the_pane_with_wide_characters_in_place() throws {
        let session = try TmuxSession(width: 20, height: 3, command: ["printf", "中文|x\\nab|"])
        defer { session.close() }
        let screen = try session.waitFor(text: "ab|")
        #expect(screen[0] == "中文|x")
        let status = try session.waitForExit()
        #expect(status == 0)
    }

    @Test func resizing_the_window_changes_what_the_program_sees() throws {
        let session = try TmuxSession(width: 30, height: 5, command: ["sh", "-c", "sleep 0.5; stty size; sleep 5"])
        defer { session.close() }
        try session.resize(width: 44, height: 7)
        try session.waitFor(text: "7 44")
    }
}
