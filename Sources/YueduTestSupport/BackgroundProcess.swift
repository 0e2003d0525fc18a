import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child started without waiting (stdout to /dev/null, stderr to a file),
/// so a test can kill it at a moment of its choosing. It runs with
/// `LC_ALL=C.UTF-8` and no `YUEDU_LIBRARY`, plus `environment`.
public struct BackgroundProcess {
    public let pid: pid_t

    public init(_ arguments: [String], stderrFile: String = "/dev/null", environment: [String: String] = [:]) throws {
        var env = ProcessInfo.processInfo.environment
        env["LC_ALL"] = "C.UTF-8"
        env.removeValue(forKey: "YUEDU_LIBRARY")
        for (k, v) in environment { env[k] = v }
        pid = try Spawn.spawn(arguments, environment: env,
                              stdin: .file("/dev/null"), stdout: .file("/dev/null"), stderr: .file(stderrFile))
    }

    /// Waits for the exit; the status as a shell reports it (128+signal when killed).
    @discardableResult
    public func wait() -> Int32 { Spawn.exitCode(Spawn.wait(for: pid)) }

    /// SIGKILL and reap; true when the signal arrived before the process finished.
    public func killHard() -> Bool {
        kill(pid, SIGKILL)
        return wait() == 128 + SIGKILL
    }
}
