import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif
import YueduStore
import YueduTestSupport

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
    /// in the article's row, separated by U+001E; long text columns are
    /// stored compressed, see `StoredText`).
    static func articles(_ path: String) throws -> [String: StoredArticle] {
        try queue(path).read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT key, content_hash, body, related FROM articles")
            var out: [String: StoredArticle] = [:]
            for row in rows {
                let related = try StoredText.decode(row["related"], column: "related items")
                out[row["key"]] = try StoredArticle(
                    contentHash: row["content_hash"], body: StoredText.decode(row["body"], column: "body"),
                    relatedCount: related.isEmpty ? 0 : related.utf8.split(separator: 0x1E, omittingEmptySubsequences: false).count)
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
