import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with posix_spawn, its output captured through
/// temporary files, every descriptor above 2 closed in the child, and reaped
/// with waitpid. Foundation.Process is not used because a tmux client's
/// server inherits pipe descriptors, so readers never see EOF (PLATFORM.md).
struct SpawnResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum Spawn {
    static func run(_ arguments: [String], environment: [String: String]? = nil,
                    stdinFile: String = "/dev/null") throws -> SpawnResult {
        let dir = FileManager.default.temporaryDirectory
        let outPath = dir.appendingPathComponent("yuedu-spawn-\(UUID().uuidString).out").path
        let errPath = dir.appendingPathComponent("yuedu-spawn-\(UUID().uuidString).err").path
        defer { unlink(outPath); unlink(errPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinFile, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        for fd in openDescriptorsAbove2() { posix_spawn_file_actions_addclose(&actions, fd) }

        // The test runner's threads may block or ignore signals; a child (a tmux
        // server above all, which reaps panes on SIGCHLD) must start clean.
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
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return SpawnResult(status: exitCode,
                           stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                           stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}

/// Descriptors this process has open above stderr (closefrom_np is not
/// visible to Swift here, so list /proc/self/fd).
private func openDescriptorsAbove2() -> [Int32] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    return names.compactMap { Int32($0) }.filter { $0 > 2 && fcntl($0, F_GETFD) != -1 }
}

struct SpawnError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Where `swift build` put the project's executables: beside the test bundle.
enum BuiltProducts {
    static var directory: URL {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var dir = executable.deletingLastPathComponent()
        // On Linux the test runner is `<build>/yueduPackageTests.xctest`.
        if dir.lastPathComponent.hasSuffix(".xctest") { dir = dir.deletingLastPathComponent() }
        return dir
    }

    static var yuedu: String { directory.appendingPathComponent("yuedu").path }

    /// The repository root (this file is Tests/EndToEndTests/Support/Spawn.swift).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }
}
