import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One command run in a private tmux server (`TmuxServer`), for end-to-end
/// tests that read the screen back with `capture-pane`. `close()` kills the
/// server and removes its files (call it in a `defer`).
public final class TmuxSession {
    public let server: TmuxServer
    public var socket: String { server.socket }
    /// The wrapper shell writes the command's exit status here: tmux started
    /// from the test runner does not reliably report `pane_dead_status`.
    private let statusFile: String
    public private(set) var width: Int
    public private(set) var height: Int

    /// Starts `command` (argv) in a detached session. The pane stays after the
    /// command exits (`remain-on-exit`) so tests can read its last screen.
    public init(width: Int, height: Int, command: [String], environment: [String: String] = [:]) throws {
        self.width = width
        self.height = height
        var env = ["LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"]
        for (k, v) in environment { env[k] = v }
        let envArgs = env.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let shellCommand = (["env"] + envArgs + command).map(Self.shellQuote).joined(separator: " ")
        // The status file lives in the server's directory, removed with it.
        let directory = try TemporaryDirectory(prefix: "yuedu-tmux")
        statusFile = directory.path + "/exit-status"
        server = try TmuxServer(width: width, height: height,
                                command: ["sh", "-c", shellCommand + "; echo $? > " + Self.shellQuote(statusFile)],
                                directory: directory)
    }

    /// Runs a tmux command against this server; throws if tmux fails. The
    /// output's lines joined by newlines (control mode does not tell whether
    /// the last one ended in a newline, so none is added).
    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        try server.command(arguments).joined(separator: "\n")
    }

    /// The visible screen, one string per row (trailing blanks trimmed by tmux).
    public func capture() throws -> [String] { try server.capture() }

    /// The screen with SGR escapes (`capture-pane -e`), to check styles.
    public func captureWithStyles() throws -> String {
        try server.capture(styles: true).map { $0 + "\n" }.joined()
    }

    /// Sends tmux key names (`Enter`, `Tab`, `C-c`, `j`…).
    public func send(_ keys: String...) throws { try server.send(keys: keys) }

    /// Types text literally.
    public func type(_ text: String) throws {
        try server.command(["send-keys", "-t", TmuxServer.pane, "-l", text])
    }

    public func resize(width: Int, height: Int) throws {
        try server.command(["resize-window", "-t", TmuxServer.pane, "-x", "\(width)", "-y", "\(height)"])
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

    public func close() { server.close() }

    public static func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
