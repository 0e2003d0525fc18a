import Foundation

/// One GET: the URL, extra headers sent unchanged on every hop (If-None-Match,
/// If-Modified-Since…), the time limits and the body cap.
public struct FetchRequest: Sendable, Equatable {
    public var url: URL
    public var headers: [String: String]
    public var timeout: FetchTimeouts = .default
    public var maxBytes: Int = 20 << 20

    public init(url: URL, headers: [String: String] = [:], timeout: FetchTimeouts = .default, maxBytes: Int = 20 << 20) {
        self.url = url
        self.headers = headers
        self.timeout = timeout
        self.maxBytes = maxBytes
    }
}

/// `total` bounds the whole fetch, redirects included; `lowSpeed` ends a
/// transfer that delivers under `bytesPerSecond` for `lowSpeed.time`.
public struct FetchTimeouts: Sendable, Equatable {
    public var connect: Duration
    public var total: Duration
    public var lowSpeedBytesPerSecond: Int
    public var lowSpeedTime: Duration

    public init(connect: Duration = .seconds(10), total: Duration = .seconds(30),
                lowSpeedBytesPerSecond: Int = 100, lowSpeedTime: Duration = .seconds(15)) {
        self.connect = connect
        self.total = total
        self.lowSpeedBytesPerSecond = lowSpeedBytesPerSecond
        self.lowSpeedTime = lowSpeedTime
    }

    public static let `default` = FetchTimeouts()
}

extension Duration {
    /// Whole milliseconds, rounded up so a positive limit never becomes 0 (which curl reads as "none").
    var wholeMilliseconds: Int {
        let (seconds, attoseconds) = components
        let millis = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int(clamping: millis)
    }
}
