import Foundation
import Glibc

/// `text` in `encoding`, by glibc iconv: the fixtures are built in the test
/// from known text, so every decode can be compared with the original.
func encode(_ text: String, to encoding: String) throws -> [UInt8] {
    let cd = iconv_open(encoding, "UTF-8")
    guard let cd, Int(bitPattern: cd) != -1 else { throw EncodeError(message: "iconv does not know \(encoding)") }
    defer { iconv_close(cd) }
    var input = Array(text.utf8)
    var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
    let written: Int = input.withUnsafeMutableBytes { inRaw in
        output.withUnsafeMutableBytes { outRaw in
            var inPointer: UnsafeMutablePointer<CChar>? = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
            var outPointer: UnsafeMutablePointer<CChar>? = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
            var inLeft = inRaw.count, outLeft = outRaw.count
            guard iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return -1 }
            return outRaw.count - outLeft
        }
    }
    guard written >= 0 else { throw EncodeError(message: "\(encoding) cannot encode the text") }
    return Array(output[..<written])
}

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
