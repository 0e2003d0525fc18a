import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server with one window ("t") of a fixed size, driven
/// through one control-mode client (`tmux -C`): every command after the start
/// goes over its socket rather than a new tmux process each, so a capture
/// costs a fraction of a millisecond and timings resolve what the user sees,
/// not process start-up. The end-to-end tests (through `TmuxSession`) and the
/// bench's screen timings both drive tmux through this class alone.
///
/// Its socket name, tmux configuration, HOME and whatever the panes write
/// there live in one `TemporaryDirectory`, removed by `close()` (or deinit).
public final class TmuxServer {
    /// The target of the window's one pane, for commands that take `-t`.
    public static let pane = "t"
    public let socket: String
    /// Private HOME of the server and its panes, so the user's own yuedu and
    /// tmux configuration play no part; removed with the server.
    public let directory: TemporaryDirectory
    private let environment: [String: String]
    private var clientPid: pid_t = 0
    private var toClient: Int32 = -1
    private var fromClient: Int32 = -1
    private var pending: [UInt8] = []
    private var closed = false

    /// Starts the server running `command` (argv, no shell) in a
    /// `width`×`height` pane that stays after the command exits
    /// (`remain-on-exit`), and attaches the control client. `directory`, when
    /// given, is the one to use (a caller that names files in it beforehand).
    public init(width: Int, height: Int, command: [String], directory: TemporaryDirectory? = nil) throws {
        self.directory = try directory ?? TemporaryDirectory(prefix: "yuedu-tmux")
        socket = "yuedu-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        environment = ["LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "TERM": "xterm-256color",
                       "PATH": "/usr/bin:/bin", "HOME": self.directory.path]
        // Options in a config file hold from the first frame: turning the
        // status line off later would grow the pane and shift rows.
        let config = try self.directory.write("tmux.conf", """
            set -g status off
            set -g remain-on-exit on
            set -g history-limit 0
            set -g escape-time 0

            """)
        // A fixed size keeps the control client (80×24) from resizing the
        // window; tmux 3.3a dies if that option is in the config file, so it
        // follows the new session in the same start-up invocation.
        let started = try Spawn.run(["tmux", "-L", socket, "-f", config,
                                     "new-session", "-d", "-s", Self.pane, "-x", "\(width)", "-y", "\(height)"]
                                    + command + [";", "set-option", "-g", "window-size", "manual"],
                                    environment: environment)
        guard started.status == 0 else { throw SpawnError("tmux did not start (\(started.status)): \(started.stderr)") }
        do { try attach() } catch { close(); throw error }
    }

    deinit { close() }

    private func attach() throws {
        // A socket rather than a pipe toward the client: `send` with
        // MSG_NOSIGNAL fails instead of raising SIGPIPE in the test runner
        // when the client has gone.
        var input: [Int32] = [0, 0], output: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &input) == 0, pipe(&output) == 0 else {
            throw SpawnError("cannot make the control client's channels: \(String(cString: strerror(errno)))")
        }
        defer { Glibc.close(input[1]); Glibc.close(output[1]) }
        // `-f no-output` from the start: pane output would only be parsed
        // and dropped. Setting it afterwards (refresh-client) raced the
        // attach, and about one CI run in six its reply never came. (A
        // mouse test that failed about as often was the reader's own bug:
        // ncurses queued two quick clicks as one run, see NcursesTerminal.)
        clientPid = try Spawn.spawn(["tmux", "-L", socket, "-C", "attach-session", "-f", "no-output", "-t", Self.pane],
                                    environment: environment, stdin: .descriptor(input[1]),
                                    stdout: .descriptor(output[1]), stderr: .file("/dev/null"))
        toClient = input[0]
        fromClient = output[0]
        // Replies to the attach itself may precede ours: read until ours.
        while try command(["display-message", "-p", "sync"]) != ["sync"] {}
    }

    /// Runs one tmux command (argv, as on a tmux command line) and returns
    /// its output lines; throws with tmux's message if the command fails.
    @discardableResult
    public func command(_ arguments: [String], timeout: Double = 10) throws -> [String] {
        guard !closed else { throw SpawnError("tmux server \(socket) is closed") }
        let bytes = Array((arguments.map(Self.quote).joined(separator: " ") + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBufferPointer { Glibc.send(toClient, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n < 0 && errno == EINTR { continue }
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
                if text.hasPrefix("%error ") {
                    throw SpawnError("tmux \(arguments.joined(separator: " ")) failed: \(body.joined(separator: " "))")
                }
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
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw SpawnError("tmux control client closed its output") }
            pending.append(contentsOf: chunk[..<n])
        }
    }

    /// The pane's rows; with `styles`, with their SGR escapes (`-e`), so a
    /// moved selection bar counts as a change.
    public func capture(styles: Bool = false) throws -> [String] {
        try command(["capture-pane", "-p"] + (styles ? ["-e"] : []) + ["-t", Self.pane])
    }

    /// Replaces whatever runs in the pane by `arguments` (argv, no shell).
    public func respawn(_ arguments: [String]) throws {
        try command(["respawn-pane", "-k", "-t", Self.pane] + arguments)
    }

    /// Sends tmux key names (`j`, `Enter`, `C-c`…).
    public func send(keys: [String]) throws { try command(["send-keys", "-t", Self.pane] + keys) }

    public var paneIsDead: Bool { (try? command(["display-message", "-p", "-t", Self.pane, "#{pane_dead}"])) == ["1"] }

    /// The process the pane runs (a wrapper shell, if the command is one).
    public var panePid: pid_t? {
        (try? command(["display-message", "-p", "-t", Self.pane, "#{pane_pid}"]))?.first.flatMap { pid_t($0) }
    }

    /// Kills the server and its control client and removes the directory.
    /// Safe to call more than once.
    public func close() {
        guard !closed else { return }
        closed = true
        // The one tmux process besides the start: the control client may be
        // gone or blocked, and the server must die regardless.
        _ = try? Spawn.run(["tmux", "-L", socket, "kill-server"], environment: environment)
        if toClient >= 0 { Glibc.close(toClient) }
        if fromClient >= 0 { Glibc.close(fromClient) }
        // The control client does not always notice its server is gone.
        if clientPid > 0 { kill(clientPid, SIGTERM); _ = Spawn.wait(for: clientPid) }
        directory.remove()
    }

    /// One argument in tmux's command syntax. Plain words go bare; anything
    /// else in double quotes, where tmux reads backslash escapes: `\\`, `\"`
    /// and `\$` (no variable expansion), and control characters as three
    /// octal digits, so a newline cannot end the command line early.
    public static func quote(_ word: String) -> String {
        if !word.isEmpty, word.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_./=:,+@".unicodeScalars.contains($0)) }) {
            return word
        }
        var quoted = "\""
        for scalar in word.unicodeScalars {
            switch scalar {
            case "\\", "\"", "$": quoted += "\\" + String(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7f:
                let octal = String(scalar.value, radix: 8)
                quoted += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
