import Foundation

/// How the loopback fixture server answers one path; encoded into the JSON
/// route table that `fixture_http_server.py` reads on every request.
public struct FixtureRoute: Sendable, Encodable, Equatable {
    var status: Int?
    var headers: [[String]] = []
    var bodyBase64: String?
    var fill: Int?
    var encoding: String?
    var noLength: Bool?
    var location: String?
    var delay: Double?
    var stall: Bool?
    var trickle: Trickle?
    var etag: String?
    var lastModified: String?

    enum CodingKeys: String, CodingKey {
        case status, headers, fill, encoding, location, delay, stall, trickle, etag
        case bodyBase64 = "body_b64", noLength = "no_length", lastModified = "last_modified"
    }

    struct Trickle: Sendable, Encodable, Equatable {
        var chunk: Int
        var interval: Double
    }

    /// `body` with `status` and `headers` (pairs, so a name may repeat).
    public static func body(_ body: [UInt8], status: Int = 200, headers: [(String, String)] = []) -> FixtureRoute {
        var route = FixtureRoute()
        route.status = status
        route.headers = headers.map { [$0.0, $0.1] }
        route.bodyBase64 = Data(body).base64EncodedString()
        return route
    }

    public static func text(_ text: String, status: Int = 200, contentType: String = "text/html; charset=utf-8") -> FixtureRoute {
        body(Array(text.utf8), status: status, headers: [("Content-Type", contentType)])
    }

    /// A redirect answer pointing at `location` (relative or absolute).
    public static func redirect(to location: String, status: Int = 302) -> FixtureRoute {
        var route = FixtureRoute()
        route.status = status
        route.location = location
        return route
    }

    /// Reads the request and never answers.
    public static let stall: FixtureRoute = { var r = FixtureRoute(); r.stall = true; return r }()

    /// `count` bytes of "x", streamed; without Content-Length when `declaringLength` is false.
    public static func filler(count: Int, declaringLength: Bool = true) -> FixtureRoute {
        var route = FixtureRoute()
        route.fill = count
        route.noLength = declaringLength ? nil : true
        return route
    }

    /// The body compressed with gzip and sent with Content-Encoding: gzip.
    public func gzipped() -> FixtureRoute { with { $0.encoding = "gzip" } }

    /// The body in the zlib format and sent with Content-Encoding: deflate.
    public func deflated() -> FixtureRoute { with { $0.encoding = "deflate" } }

    /// Answered only after `seconds`.
    public func delayed(by seconds: Double) -> FixtureRoute { with { $0.delay = seconds } }

    /// The body sent `chunk` bytes at a time, `interval` seconds apart.
    public func trickled(chunk: Int, every interval: Double) -> FixtureRoute {
        with { $0.trickle = Trickle(chunk: chunk, interval: interval) }
    }

    /// Sends the validators; a request carrying a matching one gets 304.
    public func validated(etag: String? = nil, lastModified: String? = nil) -> FixtureRoute {
        with { $0.etag = etag; $0.lastModified = lastModified }
    }

    private func with(_ change: (inout FixtureRoute) -> Void) -> FixtureRoute {
        var copy = self
        change(&copy)
        return copy
    }
}
