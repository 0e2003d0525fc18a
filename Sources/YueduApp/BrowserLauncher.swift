import Foundation

/// Opens a URL in `$BROWSER` (else `xdg-open`) without blocking the reader
/// and without letting the browser write over the screen: a short-lived
/// `sh` starts it in the background with every stream on /dev/null and
/// exits at once, so the browser is never our child to reap. The URL is an
/// argument, never part of the shell text.
public enum BrowserLauncher {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The command words: `$BROWSER`'s first `:`-separated entry split on
    /// spaces (`firefox --new-tab`), with `%s` replaced by the URL when
    /// present, else the URL appended.
    public static func command(for url: String, environment: [String: String]) -> [String] {
        let configured = (environment["BROWSER"] ?? "").split(separator: ":").first.map(String.init) ?? ""
        var words = configured.split(separator: " ").map(String.init)
        if words.isEmpty { words = ["xdg-open"] }
        if words.contains(where: { $0.contains("%s") }) {
            return words.map { $0.replacingOccurrences(of: "%s", with: url) }
        }
        return words + [url]
    }

    public static func open(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let words = command(for: url, environment: environment)
        let script = "command -v \"$1\" >/dev/null 2>&1 || exit 127; \"$@\" </dev/null >/dev/null 2>&1 &"
        let argv = ["/bin/sh", "-c", script, "sh"] + words
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
        }
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &cArgs, environ)
        guard spawned == 0 else { throw Failure(description: "cannot start /bin/sh: \(String(cString: strerror(spawned)))") }
        // The shell only forks the browser and exits: this wait is a moment.
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exited = (status & 0x7F) == 0, code = (status >> 8) & 0xFF
        if exited && code == 127 {
            throw Failure(description: "\(words[0]) not found; set BROWSER to your browser")
        }
    }
}
