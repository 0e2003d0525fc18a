import Foundation
import Glibc
import YueduTestSupport

struct EncodeError: Error { var message: String }

/// A small but real page: a head with the given declaration, an article body.
func page(head: String = "", body: String) -> String {
    """
    <!DOCTYPE html>
    <html><head>\(head)<title>Page</title></head>
    <body><div class="article"><p>\(body)</p></div></body></html>

    """
}

/// The real pages in ../shared/corpus/html (read in place, never copied).
enum Corpus {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus/html").standardized

    /// Paths relative to the corpus directory of every .html page.
    static func pages() throws -> [String] {
        let all = try FileManager.default.subpathsOfDirectory(atPath: directory.path)
        return all.filter { $0.hasSuffix(".html") }.sorted()
    }

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        let path = directory.appendingPathComponent(relativePath).path
        guard let data = FileManager.default.contents(atPath: path) else { throw EncodeError(message: "cannot read \(path)") }
        return [UInt8](data)
    }
}
