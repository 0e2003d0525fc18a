import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server running one command in a window of a given size, for
/// end-to-end tests that read the screen back with `capture-pane`. Each
/// instance has its own socket; `close()` kills the server (call it in a
/// `defer`).
final class TmuxSession {
    let socket: String
    private(set) var width: Int
    private(set) var height: Int

    /// Starts `command` (argv) in a detached session. The pane stays after the
    /// command exits (`remain-on-exit`) so tests can read its last screen and
    /// its exit status.
    init(width: Int, height: Int, command: [String], environment: [String: String] = [:]) throws {
        socket = "yuedu-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        self.width = width
        self.height = height
        var env = ["LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"]
        for (k, v) in environment { env[k] = v }
        let envArgs = env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let shellCommand = (["env"] + envArgs + command).map(Self.shellQuote).joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)",
                  "sh", "-c", "sleep 0.2; exec " + shellCommand])
        // Set before the command starts (it sleeps briefly) so a fast exit is kept.
        try tmux(["set-option", "-g", "remain-on-exit", "on"])
        try tmux(["set-option", "-g", "status", "off"])
    }

    /// Runs a tmux command against this server; throws if tmux fails.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let result = try Spawn.run(["tmux", "-L", socket] + arguments,
                                   environment: ["LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin", "TERM": "xterm-256color",
                                                 "HOME": NSTemporaryDirectory()])
        guard result.status == 0 else {
            throw SpawnError("tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.stdout
    }

    /// The visible screen, one string per row (trailing blanks trimmed by tmux).
    func capture() throws -> [String] {
        var rows = try tmux(["capture-pane", "-p", "-t", "t"]).components(separatedBy: "\n")
        if rows.last == "" { rows.removeLast() }
        return rows
    }

    /// The screen with SGR escapes (`capture-pane -e`), to check styles.
    func captureWithStyles() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", "t"]) }

    /// Sends tmux key names (`Enter`, `Tab`, `C-c`, `j`…).
    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "t"] + keys) }

    /// Types text literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "t", "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "t", "-x", "\(width)", "-y", "\(height)"])
        self.width = width
        self.height = height
    }

    /// Polls the screen until `predicate` holds; returns that screen, or
    /// throws with the last screen after `timeout` seconds.
    @discardableResult
    func waitFor(timeout: Double = 10, _ what: String = "condition",
                 _ predicate: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var screen: [String] = []
        repeat {
            screen = try capture()
            if predicate(screen) { return screen }
            usleep(20_000)
        } while Date() < deadline
        throw SpawnError("timed out waiting for \(what); screen was:\n" + screen.joined(separator: "\n"))
    }

    @discardableResult
    func waitFor(text: String, timeout: Double = 10) throws -> [String] {
        try waitFor(timeout: timeout, "\"\(text)\"") { $0.contains { $0.contains(text) } }
    }

    /// nil while the command runs; its exit status once it has exited.
    func exitStatus() throws -> Int? {
        let out = try tmux(["display-message", "-p", "-t", "t", "#{pane_dead} #{pane_dead_status}"])
        let parts = out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        // tmux marks the pane dead on EOF and records the status when it reaps
        // the child, a moment later: wait for both.
        guard parts.first == "1", parts.count > 1 else { return nil }
        return Int(parts[1])
    }

    func waitForExit(timeout: Double = 10) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = try exitStatus() { return status }
            usleep(20_000)
        }
        throw SpawnError("command did not exit within \(timeout) s; screen:\n" + (try capture()).joined(separator: "\n"))
    }

    func close() { _ = try? Spawn.run(["tmux", "-L", socket, "kill-server"]) }

    static func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
