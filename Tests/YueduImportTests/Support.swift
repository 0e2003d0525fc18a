import Foundation
import Glibc
import Testing
import YueduImport
import YueduModel
import YueduTestSupport

/// Fixtures live beside the tests (copied from ../shared/samples) and are
/// found through #filePath, so the tests need no bundle and no ../shared.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let referenceName = "000_509d968b07703b45.txt"

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func bytes(_ name: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path(name)) else {
            throw FixtureMissing(path: path(name))
        }
        return [UInt8](data)
    }

    static func referenceText() throws -> String {
        String(decoding: try bytes(referenceName), as: UTF8.self)
    }

    struct FixtureMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "fixture missing: \(path) (copy it from ../shared/samples)" }
    }
}

/// Everything one `read` produced, in order.
struct ReadResult {
    var items: [ImportItem] = []
    var articles: [Article] { items.compactMap { if case .article(let a, _) = $0 { a } else { nil } } }
    var origins: [String] { items.compactMap { if case .article(_, let o) = $0 { o } else { nil } } }
    var failures: [ImportFailure] { items.compactMap { if case .failure(let f) = $0 { f } else { nil } } }
}

func importPaths(_ paths: [String], encoding: String? = nil) throws -> ReadResult {
    var result = ReadResult()
    try Importer(forcedEncoding: encoding).read(paths: paths) { result.items.append($0) }
    return result
}

/// Imports one page file written from `text` and returns the single outcome.
func importPage(_ bytes: [UInt8], name: String = "page.txt", encoding: String? = nil) throws -> ReadResult {
    let dir = try TemporaryDirectory()
    let file = try dir.write(name, bytes)
    return try importPaths([file], encoding: encoding)
}

func importPage(_ text: String, name: String = "page.txt") throws -> ReadResult {
    try importPage(Array(text.utf8), name: name)
}

