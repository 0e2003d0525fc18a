import YueduText
/// Response headers in the order received: names match case-insensitively and
/// a name may repeat (Link, Set-Cookie), so nothing the server sent is lost.
public struct HTTPHeaders: Sendable, Equatable, Sequence {
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    public private(set) var fields: [Field] = []

    public init(_ pairs: [(String, String)] = []) {
        fields = pairs.map { Field(name: $0.0, value: $0.1) }
    }

    /// The first value for `name`, or nil.
    public subscript(name: String) -> String? {
        fields.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// Every value for `name`, in order.
    public func values(for name: String) -> [String] {
        let lowered = name.lowercased()
        return fields.filter { $0.name.lowercased() == lowered }.map(\.value)
    }

    public mutating func append(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

    /// Parses one header line as curl hands it over ("Name: value\r\n"); a
    /// line starting with a space or tab continues the previous value (obsolete folding).
    mutating func appendLine(_ line: String) {
        let trimmed = String(line.trimming(while: \.isNewline))  // "\r\n" is one Character
        guard !trimmed.isEmpty else { return }
        if let first = trimmed.first, first == " " || first == "\t" {
            if !fields.isEmpty {
                fields[fields.count - 1].value += " " + trimmed.trimmingOptionalWhitespace
            }
            return
        }
        guard let colon = trimmed.firstIndex(of: ":") else { return }
        let name = trimmed[..<colon].trimmingOptionalWhitespace
        let value = trimmed[trimmed.index(after: colon)...].trimmingOptionalWhitespace
        guard !name.isEmpty else { return }
        fields.append(Field(name: name, value: value))
    }

    /// The `charset` parameter of Content-Type as the server wrote it, quotes removed.
    var contentTypeCharset: String? {
        guard let contentType = self["Content-Type"] else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingOptionalWhitespace.lowercased() == "charset" else { continue }
            var value = parts[1].trimmingOptionalWhitespace
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            return value.isEmpty ? nil : value
        }
        return nil
    }
}

extension StringProtocol where SubSequence == Substring {
    /// Without HTTP's optional whitespace (spaces and tabs) at either end.
    fileprivate var trimmingOptionalWhitespace: String { String(trimming { $0 == " " || $0 == "\t" }) }
}
