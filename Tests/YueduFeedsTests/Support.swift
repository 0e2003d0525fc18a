import Foundation
@testable import YueduFeeds

/// Fixtures live beside this file (Fixtures/), read via #filePath.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func feed(_ name: String, url: String? = nil, httpCharset: String? = nil) throws -> Feed {
        try FeedParser.parse(try bytes(name), url: url.flatMap(URL.init(string:)), httpCharset: httpCharset)
    }
}

func parse(_ xml: String, url: String? = nil) throws -> Feed {
    try FeedParser.parse(Array(xml.utf8), url: url.flatMap(URL.init(string:)))
}
