import ArgumentParser
import Foundation
import YueduHTML

/// What a reader sees on each benchmark page, read off the pages by hand;
/// Mozilla's pages also carry Readability's expected text.
enum ExtractGold {
    struct Page: Decodable {
        var file: String
        var title: String
        /// `YYYY-MM-DD HH:MM` or `YYYY-MM-DD` as the page shows it; nil when it shows none.
        var date: String?
        var author: String?
        /// Pages with a related-reading list.
        var related: Bool?
        var expectedText: String?
        var hasExpectedText: Bool { expectedText != nil }
    }

    static func load(path: String) throws -> [Page] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path): cannot read the expected values")
        }
        do { return try JSONDecoder().decode([Page].self, from: data) } catch {
            throw ValidationError("\(path): not a list of pages: \(error)")
        }
    }

    /// Readability's expected article as plain text (the same HTML-to-text code for every extractor).
    static func expectedText(_ page: Page, corpus: String) -> String? {
        guard let file = page.expectedText, let data = FileManager.default.contents(atPath: corpus + "/" + file) else { return nil }
        return HTMLToText.paragraphs(fromHTMLFragment: String(decoding: data, as: UTF8.self), baseURL: nil).joined(separator: "\n")
    }
}

struct ExtractorOutput {
    var title: String
    var date: String?
    var author: String?
    var text: String
    var related: Int
}

/// One extractor's tallies over the pages.
struct ExtractorResults {
    var name: String
    var bodyScores: [BigramScore] = []
    /// The page each body score is for (`gmw` for `mozilla/gmw/source.html`), in the same order.
    var bodyPages: [String] = []
    var titles = 0, dates = 0, dateTimes = 0, authors = 0
    var datePages = 0, dateTimePages = 0, authorPages = 0
    var relatedFound = 0, relatedPages = 0
    var megabytesPerSecond: Double?
    var megabytesPerCPUSecond: Double?

    mutating func add(_ out: ExtractorOutput, gold: ExtractGold.Page, corpus: String) {
        if let expected = ExtractGold.expectedText(gold, corpus: corpus) {
            bodyScores.append(BigramScore(extracted: out.text, expected: expected))
            bodyPages.append(gold.file.split(separator: "/").dropLast().last.map(String.init) ?? gold.file)
        }
        if Self.same(out.title, gold.title) { titles += 1 }
        if let date = gold.date {
            datePages += 1
            if let got = out.date, got.prefix(10) == date.prefix(10) { dates += 1 }
            if date.count > 10 {
                dateTimePages += 1
                if out.date == date { dateTimes += 1 }
            }
        }
        if let author = gold.author {
            authorPages += 1
            if Self.same(out.author ?? "", author) { authors += 1 }
        }
        if gold.related == true {
            relatedPages += 1
            if out.related > 0 { relatedFound += 1 }
        }
    }

    static func same(_ a: String, _ b: String) -> Bool {
        func norm(_ s: String) -> String { s.filter { !$0.isWhitespace } }
        return norm(a) == norm(b)
    }

    var meanBody: BigramScore {
        guard !bodyScores.isEmpty else { return BigramScore(precision: 0, recall: 0) }
        let n = Double(bodyScores.count)
        return BigramScore(precision: bodyScores.map(\.precision).reduce(0, +) / n,
                           recall: bodyScores.map(\.recall).reduce(0, +) / n)
    }
    var meanF1: Double { bodyScores.isEmpty ? 0 : bodyScores.map(\.f1).reduce(0, +) / Double(bodyScores.count) }
}
