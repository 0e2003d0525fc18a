import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server running one command in a window of a given size, for
/// end-to-end tests that read the screen back with `capture-pane`. Each
/// instance has its own socket; `close()` kills the server (call it in a
/// `defer`).
public final class TmuxSession {
    public let socket: String
    /// The wrapper shell writes the command's exit status here: tmux started
    /// from the test runner does not reliably report `pane_dead_status`.
    private let statusFile: String
    public private(set) var width: Int
    public private(set) var height: Int

    /// Starts `command` (argv) in a detached session. The pane stays after the
    /// command exits (`remain-on-exit`) so tests can read its last screen.
    public init(width: Int, height: Int, command: [String], environment: [String: String] = [:]) throws {
        socket = "yuedu-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        self.width = width
        self.height = height
        statusFile = NSTemporaryDirectory() + "/\(socket).status"
        var env = ["LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"]
        for (k, v) in environment { env[k] = v }
        let envArgs = env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let shellCommand = (["env"] + envArgs + command).map(Self.shellQuote).joined(separator: " ")
        // Options come from a private config so they hold from the first frame:
        // turning the status line off later would grow the pane and shift rows.
        let config = NSTemporaryDirectory() + "/\(socket).conf"
        try "set -g status off\nset -g remain-on-exit on\nset -g history-limit 0\n"
            .write(toFile: config, atomically: true, encoding: .utf8)
        defer { unlink(config) }
        try tmux(["-f", config, "new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)",
                  "sh", "-c", shellCommand + "; echo $? > " + Self.shellQuote(statusFile)])
    }

    /// Runs a tmux command against this server; throws if tmux fails.
    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        let result = try Spawn.run(["tmux", "-L", socket] + arguments,
                                   environment: ["LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin", "TERM": "xterm-256color",
                                                 "HOME": NSTemporaryDirectory()])
        guard result.status == 0 else {
            throw SpawnError("tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.stdout
    }

    /// The visible screen, one string per row (trailing blanks trimmed by tmux).
    public func capture() throws -> [String] {
        var rows = try tmux(["capture-pane", "-p", "-t", "t"]).components(separatedBy: "\n")
        if rows.last == "" { rows.removeLast() }
        return rows
    }

    /// The screen with SGR escapes (`capture-pane -e`), to check styles.
    public func captureWithStyles() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", "t"]) }

    /// Sends tmux key names (`Enter`, `Tab`, `C-c`, `j`…).
    public func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "t"] + keys) }

    /// Types text literally.
    public func type(_ text: String) throws { try tmux(["send-keys", "-t", "t", "-l", text]) }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "t", "-x", "\(width)", "-y", "\(height)"])
        self.width = width
        self.height = height
    }

    /// Polls the screen until `predicate` holds; returns that screen, or
    /// throws with the last screen after `timeout` seconds.
    @discardableResult
    public func waitFor(timeout: Double = 10, _ what: String = "condition",
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
    public func waitFor(text: String, timeout: Double = 10) throws -> [String] {
        try waitFor(timeout: timeout, "\"\(text)\"") { $0.contains { $0.contains(text) } }
    }

    /// nil while the command runs; its exit status once it has exited.
    public func exitStatus() throws -> Int? {
        guard let text = try? String(contentsOfFile: statusFile, encoding: .utf8), text.hasSuffix("\n") else { return nil }
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    public func waitForExit(timeout: Double = 10) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = try exitStatus() { return status }
            usleep(20_000)
        }
        throw SpawnError("command did not exit within \(timeout) s; screen:\n" + (try capture()).joined(separator: "\n"))
    }

    public func close() {
        _ = try? Spawn.run(["tmux", "-L", socket, "kill-server"])
        unlink(statusFile)
    }

    public static func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
