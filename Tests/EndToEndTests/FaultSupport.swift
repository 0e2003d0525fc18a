import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Reads a library file behind the store's back, as a separate tool would:
/// SQLite's own integrity check and the raw rows that make an article.
enum LibraryInspector {
    /// One article as stored: enough to tell a whole article from a torn one.
    struct StoredArticle: Equatable {
        var contentHash: Int64
        var body: String
        var relatedCount: Int
    }

    static func queue(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.busyMode = .timeout(10)
        return try DatabaseQueue(path: path, configuration: config)
    }

    /// `PRAGMA integrity_check` and `foreign_key_check`: ["ok"] when sound.
    static func integrity(_ path: String) throws -> [String] {
        try queue(path).read { db in
            let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let foreign = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            return rows + foreign.map { "foreign key: \($0)" }
        }
    }

    /// Every article by key, with its related items counted (they are kept
    /// in the article's row, separated by U+001E).
    static func articles(_ path: String) throws -> [String: StoredArticle] {
        try queue(path).read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.key, a.content_hash, a.body,
                       CASE a.related WHEN '' THEN 0
                           ELSE length(a.related) - length(replace(a.related, char(30), '')) + 1 END AS related
                FROM articles a
                """)
            var out: [String: StoredArticle] = [:]
            for row in rows {
                out[row["key"]] = StoredArticle(contentHash: row["content_hash"], body: row["body"], relatedCount: row["related"])
            }
            return out
        }
    }

    /// Keys with a favourite mark.
    static func favorites(_ path: String) throws -> Set<String> {
        try queue(path).read { db in
            Set(try String.fetchAll(db, sql: "SELECT key FROM reader_state WHERE favorite_at IS NOT NULL"))
        }
    }
}

enum FileBytes {
    static func of(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
}

/// Runs `yuedu` through `sh -c` (for `ulimit`, `trap`, or dropping root so
/// file permissions apply), capturing its output.
enum ShellRun {
    static func sh(_ script: String, environment: [String: String] = [:]) throws -> SpawnResult {
        var env = ProcessInfo.processInfo.environment
        env["LC_ALL"] = "C.UTF-8"
        env.removeValue(forKey: "YUEDU_LIBRARY")
        for (k, v) in environment { env[k] = v }
        return try Spawn.run(["/bin/sh", "-c", script], environment: env)
    }

    /// `command` as an unprivileged user when the tests run as root (root
    /// ignores file modes, so a read-only file would not be read-only).
    static func unprivileged(_ command: [String]) -> String {
        let quoted = command.map(TmuxSession.shellQuote).joined(separator: " ")
        guard getuid() == 0 else { return quoted }
        return "setpriv --reuid=65534 --regid=65534 --clear-groups " + quoted
    }
}

extension TmuxSession {
    /// Process ids of everything running under the pane (its shell's
    /// descendants): the reader, or `script` and the reader under it.
    func paneDescendants() -> [pid_t] {
        guard let shell = try? tmux(["display-message", "-p", "-t", "t", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines) else { return [] }
        var found: [pid_t] = [], frontier = [shell]
        while let parent = frontier.popLast() {
            let children = (try? Spawn.run(["pgrep", "-P", parent]).stdout.split(separator: "\n").map(String.init)) ?? []
            found += children.compactMap { pid_t($0) }
            frontier += children
        }
        return found
    }

    /// The reader process: the descendant running the yuedu binary.
    func readerPID() -> pid_t? {
        paneDescendants().first { pid in
            ((try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? "").hasPrefix("yuedu")
        }
    }

    /// Closes the server and kills whatever it leaves behind: `script`
    /// keeps its child alive when the pane hangs up, and a test must not
    /// leave readers running.
    func closeKillingDescendants() {
        let pids = paneDescendants()
        close()
        for pid in pids { kill(pid, SIGKILL) }
    }
}

/// A child process started without waiting (posix_spawn, output to
/// /dev/null or a file), so a test can kill it at a moment of its choosing.
struct BackgroundProcess {
    let pid: pid_t

    init(_ arguments: [String], stderrFile: String = "/dev/null", environment: [String: String] = [:]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, stderrFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var env = ProcessInfo.processInfo.environment
        env["LC_ALL"] = "C.UTF-8"
        env.removeValue(forKey: "YUEDU_LIBRARY")
        for (k, v) in environment { env[k] = v }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw SpawnError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))") }
        self.pid = pid
    }

    /// Waits for the exit; the status as a shell reports it (128+signal when killed).
    @discardableResult
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// SIGKILL and reap; true when the signal arrived before the process finished.
    func killHard() -> Bool {
        kill(pid, SIGKILL)
        return wait() == 128 + SIGKILL
    }
}

extension CLIRunner {
    /// Whether the built binary has `name` (e.g. `doctor`, which arrived
    /// with the search index): checks that need it run wherever it exists.
    static func hasSubcommand(_ name: String) -> Bool {
        // `yuedu NAME --help` would succeed anyway (the reader is the default
        // subcommand): read the subcommand list instead.
        let help = (try? Spawn.run([binary.path, "--help"]).stdout) ?? ""
        return help.components(separatedBy: "\n").contains { $0.hasPrefix("  \(name) ") }
    }
}
