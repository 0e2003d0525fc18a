import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A finished child: its exit status as a shell reports it (128+signal when
/// killed), wall time, and what it printed.
public struct SpawnResult: Sendable {
    public var status: Int32
    public var seconds: Double
    public var stdout: String
    public var stderr: String
}

public struct SpawnError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The one way tests and the bench start programs: posix_spawn with every
/// descriptor above 2 closed and signals reset in the child, reaped with
/// waitpid. Foundation.Process is not used: a tmux server inherits its
/// pipes, so readers never see EOF, and `waitUntilExit` on a tmux client
/// waits for the server (PLATFORM.md).
public enum Spawn {
    public enum Stream: Sendable {
        case file(String)
        case descriptor(Int32)
    }

    /// Runs `arguments` (found on PATH) to completion, its output captured
    /// through temporary files. `whileRunning`, when given, is called with
    /// the pid every 5 ms until the child exits (the bench samples its memory).
    public static func run(_ arguments: [String], environment: [String: String]? = nil,
                           stdin: Stream = .file("/dev/null"),
                           whileRunning: ((pid_t) -> Void)? = nil) throws -> SpawnResult {
        let base = NSTemporaryDirectory() + "/yuedu-spawn-\(getpid())-\(UUID().uuidString)"
        let outPath = base + ".out", errPath = base + ".err"
        defer { unlink(outPath); unlink(errPath) }
        let start = monotonicSeconds()
        let pid = try spawn(arguments, environment: environment,
                            stdin: stdin, stdout: .file(outPath), stderr: .file(errPath))
        var status: Int32 = 0
        if let whileRunning {
            while true {
                let reaped = waitpid(pid, &status, WNOHANG)
                if reaped == pid { break }
                if reaped == -1 && errno != EINTR { throw SpawnError("waitpid failed for \(arguments[0])") }
                whileRunning(pid)
                usleep(5_000)
            }
        } else {
            status = wait(for: pid)
        }
        return SpawnResult(status: exitCode(status), seconds: monotonicSeconds() - start,
                           stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                           stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    /// Starts `arguments` without waiting; the caller reaps the returned pid
    /// (`wait(for:)`). Descriptors handed over as streams stay open only as 0–2.
    public static func spawn(_ arguments: [String], environment: [String: String]?,
                             stdin: Stream, stdout: Stream, stderr: Stream) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let keep: Set<Int32> = Set([stdin, stdout, stderr].compactMap {
            if case .descriptor(let fd) = $0 { return fd } else { return nil }
        })
        for (target, stream) in [(Int32(0), stdin), (1, stdout), (2, stderr)] {
            switch stream {
            case .file(let path):
                let flags = target == 0 ? O_RDONLY : O_WRONLY | O_CREAT | O_TRUNC
                posix_spawn_file_actions_addopen(&actions, target, path, flags, 0o600)
            case .descriptor(let fd):
                posix_spawn_file_actions_adddup2(&actions, fd, target)
            }
        }
        for fd in openDescriptorsAbove2() where !keep.contains(fd) { posix_spawn_file_actions_addclose(&actions, fd) }
        for fd in keep where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }

        // The test runner's threads may block or ignore signals; a child (a
        // tmux server above all, which reaps panes on SIGCHLD) must start clean.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t(), allSignals = sigset_t()
        sigemptyset(&emptyMask)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw SpawnError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        return pid
    }

    /// Reaps `pid`, retrying when a signal interrupts; the raw wait status.
    public static func wait(for pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status
    }

    /// A wait status as a shell reports it: the exit code, or 128+signal.
    public static func exitCode(_ status: Int32) -> Int32 {
        (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// Descriptors open above stderr (closefrom is not visible to Swift here).
    private static func openDescriptorsAbove2() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return names.compactMap { Int32($0) }.filter { $0 > 2 && fcntl($0, F_GETFD) != -1 }
    }
}

/// Monotonic seconds, for wall times and deadlines that a clock change cannot move.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
