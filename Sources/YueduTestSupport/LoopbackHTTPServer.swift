import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A real HTTP server on a loopback address for tests: `fixture_http_server.py`
/// (Python's http.server) on a free port, answering from a route table the
/// test sets and logging every request. Stopped by `stop()` or deinit; the
/// script also exits by itself if this process dies.
public final class LoopbackHTTPServer: Sendable {
    public let host: String
    public let port: Int
    public let usesTLS: Bool
    private let directory: TemporaryDirectory
    private let routesFile: URL
    private let logFile: URL
    private let pid: Mutex<pid_t?>

    /// Starts the server on `host` (any 127.x.y.z address) with `routes` keyed by path (and query);
    /// `tls` serves https with the certificate in `certificateAuthorityFile`; `keepAlive` speaks
    /// HTTP/1.1 and keeps connections open between requests (without it, one request per connection).
    public init(host: String = "127.0.0.1", routes: [String: FixtureRoute] = [:], tls: Bool = false,
                keepAlive: Bool = false) throws {
        self.host = host
        usesTLS = tls
        directory = try TemporaryDirectory(prefix: "yuedu-http")
        routesFile = directory.url.appendingPathComponent("routes.json")
        logFile = directory.url.appendingPathComponent("requests.jsonl")
        try Self.write(routes, to: routesFile)
        try Data().write(to: logFile)
        let (child, port) = try Self.launch(host: host, routes: routesFile, log: logFile, tls: tls, keepAlive: keepAlive)
        self.port = port
        pid = Mutex(child)
    }

    deinit { stop() }

    public var baseURL: URL { URL(string: "\(usesTLS ? "https" : "http")://\(host):\(port)")! }

    /// `path` (starting with "/") on this server.
    public func url(_ path: String) -> URL { URL(string: baseURL.absoluteString + path)! }

    /// The self-signed certificate a `tls` server presents (for 127.0.0.1–3 and localhost,
    /// valid to 2126): trusting this file as the only authority lets a client verify it.
    public static let certificateAuthorityFile = supportDirectory + "/tls/cert.pem"
    private static let keyFile = supportDirectory + "/tls/key.pem"

    /// Replaces the route table; the next request sees the new one.
    public func setRoutes(_ routes: [String: FixtureRoute]) throws {
        try Self.write(routes, to: routesFile)
    }

    /// Every request received so far, in arrival order.
    public func requests() -> [RecordedRequest] {
        guard let text = try? String(contentsOf: logFile, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            try? JSONDecoder().decode(RecordedRequest.self, from: Data($0.utf8))
        }
    }

    public func requests(path: String) -> [RecordedRequest] { requests().filter { $0.path == path } }

    /// The status of every answer sent so far, with the path it answered, in the order sent.
    public func responses() -> [(path: String, status: Int)] {
        struct Line: Decodable { var path: String; var status: Int }
        let file = URL(fileURLWithPath: logFile.path + ".responses.jsonl")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            (try? JSONDecoder().decode(Line.self, from: Data($0.utf8))).map { ($0.path, $0.status) }
        }
    }

    /// Kills the server and reaps it; safe to call twice.
    public func stop() {
        let child = pid.withLock { pid -> pid_t? in
            defer { pid = nil }
            return pid
        }
        if let child {
            kill(child, SIGKILL)
            _ = Spawn.wait(for: child)
        }
        directory.remove()
    }

    private static func write(_ routes: [String: FixtureRoute], to file: URL) throws {
        // Atomic, so the server never reads a half-written table.
        try JSONEncoder().encode(routes).write(to: file, options: .atomic)
    }

    private static let supportDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
    private static let script = supportDirectory + "/fixture_http_server.py"

    /// Debian's interpreter when present (a pyenv shim on PATH starts far slower).
    private static let python = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "python3"

    private static func launch(host: String, routes: URL, log: URL, tls: Bool, keepAlive: Bool) throws -> (pid_t, Int) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw LoopbackServerError("pipe failed: \(String(cString: strerror(errno)))") }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        // Close-on-exec (pipe2 is not visible to Swift), so other children never hold the write end.
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        defer { close(readEnd) }
        let arguments = [python, script, "--host", host, "--routes", routes.path, "--log", log.path]
            + (tls ? ["--tls-cert", certificateAuthorityFile, "--tls-key", keyFile] : []) + (keepAlive ? ["--keep-alive"] : [])
        let child: pid_t
        do {
            child = try Spawn.spawn(arguments, environment: nil, stdin: .file("/dev/null"),
                                    stdout: .descriptor(writeEnd), stderr: .descriptor(2))
        } catch {
            close(writeEnd)
            throw error
        }
        close(writeEnd)
        guard let line = readLine(from: readEnd, timeoutSeconds: 20), let port = Int(line) else {
            kill(child, SIGKILL)
            _ = Spawn.wait(for: child)
            throw LoopbackServerError("\(script) did not report a port for \(host) (is python3 installed?)")
        }
        return (child, port)
    }

    /// Reads up to the first newline, giving up after `timeoutSeconds`.
    private static func readLine(from fd: Int32, timeoutSeconds: Double) -> String? {
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        var bytes: [UInt8] = []
        while Date() < deadline {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) >= 0 || errno == EINTR else { return nil }
            guard poller.revents != 0 else { continue }
            var byte: UInt8 = 0
            let n = read(fd, &byte, 1)
            if n <= 0 { return nil }  // the script exited
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        return nil
    }
}

public struct LoopbackServerError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
