/// A request as the fixture server saw it, logged before it was answered.
public struct RecordedRequest: Sendable, Decodable, Equatable {
    public var method: String
    /// The request line's target: "/path" normally, "http://host/path" through a proxy.
    public var target: String
    /// The path (and query) the request was routed by.
    public var path: String
    public var headers: [[String]]
    public var clientPort: Int
    /// Requests being answered at that moment, this one included.
    public var active: Int

    enum CodingKeys: String, CodingKey {
        case method, target, path, headers, active
        case clientPort = "client_port"
    }

    /// The first value of header `name` (case-insensitive), or nil.
    public func header(_ name: String) -> String? {
        headers.first { $0.count == 2 && $0[0].lowercased() == name.lowercased() }?[1]
    }
}
