import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A finished child: exit status, wall time, peak resident memory and its output.
struct ChildResult {
    var status: Int32
    var seconds: Double
    var peakRSSBytes: Int
    var stdout: String
    var stderr: String
}

/// Starts programs with posix_spawn: descriptors above 2 closed, signals
/// reset (a tmux server started from here reaps its panes on SIGCHLD), and
/// reaped with wait4 for the rusage. Foundation.Process is not used: a tmux
/// server would inherit its pipes and readers would never see EOF.
enum ChildProcess {
    static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> ChildResult {
        let dir = NSTemporaryDirectory()
        let outPath = dir + "/yuedu-bench-\(getpid())-\(UUID().uuidString).out"
        let errPath = dir + "/yuedu-bench-\(getpid())-\(UUID().uuidString).err"
        defer { unlink(outPath); unlink(errPath) }
        let start = Clock.now
        let pid = try spawn(arguments, environment: environment,
                            stdin: .file("/dev/null"), stdout: .file(outPath), stderr: .file(errPath))
        // Peak memory is the child's VmHWM, read until it exits: rusage's
        // ru_maxrss would include this process's own peak, because
        // posix_spawn's child shares our memory until it execs.
        var status: Int32 = 0
        var peak = 0
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped == -1 && errno != EINTR { throw BenchError("waitpid failed for \(arguments[0])") }
            if let hwm = Machine.peakRSS(pid: pid) { peak = max(peak, hwm) }
            usleep(5_000)
        }
        let seconds = Clock.now - start
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ChildResult(status: exitCode, seconds: seconds, peakRSSBytes: peak,
                           stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                           stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    enum Stream {
        case file(String)
        case descriptor(Int32)
    }

    /// Spawns without waiting; the caller reaps the returned pid.
    static func spawn(_ arguments: [String], environment: [String: String]?,
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
            throw BenchError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        return pid
    }

    /// Descriptors open above stderr (closefrom is not visible to Swift here).
    private static func openDescriptorsAbove2() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return names.compactMap { Int32($0) }.filter { $0 > 2 && fcntl($0, F_GETFD) != -1 }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
