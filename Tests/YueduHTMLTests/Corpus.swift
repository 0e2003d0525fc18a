import Foundation
import YueduHTML

/// The real pages in ../shared/corpus/html, read in place (never copied into the repo).
enum Corpus {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // Tests/YueduHTMLTests/Corpus.swift → repo
        return url.deletingLastPathComponent().appendingPathComponent("shared/corpus/html").path
    }()

    static func page(_ relative: String) throws -> String {
        let path = root + "/" + relative
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func extract(_ relative: String) throws -> ExtractedArticle {
        ArticleExtractor.extract(html: try page(relative), pageURL: URL(string: "https://example.com/" + relative))
    }
}
