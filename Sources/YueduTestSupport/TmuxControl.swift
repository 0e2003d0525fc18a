import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server driven through one control-mode client (`tmux -C`):
/// commands and screen captures go over a pipe instead of a new tmux process
/// each, so a capture costs a fraction of a millisecond and timings resolve
/// what the user sees, not process start-up.
public final class TmuxControl {
    public let socket: String
    public let width: Int
    public let height: Int
    private let directory: String
    private var clientPid: pid_t = 0
    private var toClient: Int32 = -1
    private var fromClient: Int32 = -1
    private var pending: [UInt8] = []
    private let environment: [String: String]

    /// Starts the server with an idle pane of `width`×`height` and attaches
    /// the control client. `close()` kills both.
    public init(width: Int, height: Int) throws {
        socket = "yuedu-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        self.width = width
        self.height = height
        directory = NSTemporaryDirectory() + "/" + socket
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // HOME is private so the user's own yuedu configuration plays no part.
        environment = ["LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "TERM": "xterm-256color",
                       "PATH": "/usr/bin:/bin", "HOME": directory]
        // Options in a config file hold from the first frame.
        let config = directory + "/tmux.conf"
        try """
            set -g status off
            set -g remain-on-exit on
            set -g history-limit 0
            set -g escape-time 0
            """.write(toFile: config, atomically: true, encoding: .utf8)
        let started = try Spawn.run(["tmux", "-L", socket, "-f", config, "new-session", "-d", "-s", "b",
                                            "-x", "\(width)", "-y", "\(height)", "sleep", "1000000"],
                                           environment: environment)
        guard started.status == 0 else { throw SpawnError("tmux did not start: \(started.stderr)") }
        // A fixed size keeps the control client (80×24) from resizing the
        // window; tmux 3.3a dies if this is in the config file, so set it now.
        let fixed = try Spawn.run(["tmux", "-L", socket, "set-option", "-g", "window-size", "manual"],
                                         environment: environment)
        guard fixed.status == 0 else { throw SpawnError("tmux set-option failed: \(fixed.stderr)") }
        try attach()
    }

    private func attach() throws {
        var input: [Int32] = [0, 0], output: [Int32] = [0, 0]
        guard pipe(&input) == 0, pipe(&output) == 0 else { throw SpawnError("pipe failed") }
        clientPid = try Spawn.spawn(["tmux", "-L", socket, "-C", "attach-session", "-t", "b"],
                                           environment: environment, stdin: .descriptor(input[0]),
                                           stdout: .descriptor(output[1]), stderr: .file("/dev/null"))
        Glibc.close(input[0]); Glibc.close(output[1])
        toClient = input[1]
        fromClient = output[0]
        // Replies to earlier commands (the attach) may precede ours: read until ours.
        while try command("display-message -p sync") != ["sync"] {}
        // Pane output would only be parsed and dropped; the client may not
        // count as attached yet ("no current client"), so retry briefly.
        for attempt in 1...100 {
            do { try command("refresh-client -f no-output"); break } catch {
                if attempt == 100 { throw error }
                usleep(10_000)
            }
        }
    }

    /// Runs one tmux command (in tmux's command syntax) and returns its output lines.
    @discardableResult
    public func command(_ line: String, timeout: Double = 10) throws -> [String] {
        let bytes = Array((line + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBufferPointer { write(toClient, $0.baseAddress, $0.count) }
            guard n > 0 else { throw SpawnError("tmux control client gone") }
            written += n
        }
        let deadline = monotonicSeconds() + timeout
        var body: [String] = []
        var inBlock = false, ours = false
        while true {
            let text = try readLine(until: deadline)
            if !inBlock {
                // `%begin time number flags`: flags 1 marks a reply to this
                // client's command; anything else is a notification.
                if text.hasPrefix("%begin ") { inBlock = true; ours = text.hasSuffix(" 1") }
                continue
            }
            if text.hasPrefix("%end ") || text.hasPrefix("%error ") {
                inBlock = false
                guard ours else { body = []; continue }
                if text.hasPrefix("%error ") { throw SpawnError("tmux: \(line): \(body.joined(separator: " "))") }
                return body
            }
            body.append(text)
        }
    }

    private func readLine(until deadline: Double) throws -> String {
        while true {
            if let newline = pending.firstIndex(of: 10) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return line
            }
            let remaining = deadline - monotonicSeconds()
            guard remaining > 0 else { throw SpawnError("tmux control client did not answer") }
            var descriptor = pollfd(fd: fromClient, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(remaining * 1000) + 1)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let n = chunk.withUnsafeMutableBufferPointer { read(fromClient, $0.baseAddress, $0.count) }
            guard n > 0 else { throw SpawnError("tmux control client closed its output") }
            pending.append(contentsOf: chunk[..<n])
        }
    }

    /// The pane as text with its colours and attributes (`-e`), so a moved
    /// selection bar counts as a change.
    public func capture() throws -> [String] { try command("capture-pane -p -e -t b") }

    /// Replaces whatever runs in the pane by `arguments` (run directly, no shell).
    public func launch(_ arguments: [String]) throws {
        try command("respawn-pane -k -t b " + arguments.map(Self.quote).joined(separator: " "))
    }

    /// Sends tmux key names (`j`, `Enter`, `Space`).
    public func send(_ key: String) throws { try command("send-keys -t b " + Self.quote(key)) }

    public var paneIsDead: Bool { (try? command("display-message -p -t b '#{pane_dead}'")) == ["1"] }

    public var panePid: Int32? {
        (try? command("display-message -p -t b '#{pane_pid}'"))?.first.flatMap { Int32($0) }
    }

    /// Polls until `predicate` holds for a capture; returns the seconds from
    /// `start` to that capture and the screen, or nil after `timeout`.
    public func waitFor(since start: Double, timeout: Double, interval: Double = 0.0005,
                 _ predicate: ([String]) -> Bool) throws -> (seconds: Double, screen: [String])? {
        while true {
            let screen = try capture()
            let now = monotonicSeconds()
            if predicate(screen) { return (now - start, screen) }
            if now - start > timeout { return nil }
            usleep(UInt32(interval * 1_000_000))
        }
    }

    public func close() {
        _ = try? Spawn.run(["tmux", "-L", socket, "kill-server"], environment: environment)
        if toClient >= 0 { Glibc.close(toClient) }
        if fromClient >= 0 { Glibc.close(fromClient) }
        // The control client does not always notice its server is gone.
        if clientPid > 0 { kill(clientPid, SIGTERM); var status: Int32 = 0; waitpid(clientPid, &status, 0) }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// tmux command syntax: single quotes, which tmux does not interpret inside.
    public static func quote(_ word: String) -> String {
        if !word.isEmpty, word.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=:".contains($0) }) { return word }
        precondition(!word.contains("'"), "cannot quote \(word) for tmux")
        return "'" + word + "'"
    }
}
