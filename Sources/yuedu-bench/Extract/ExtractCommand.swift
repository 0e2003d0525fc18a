import ArgumentParser
import Foundation
import YueduHTML

/// `yuedu-bench extract`: yuedu's extractor and (when given its dump)
/// trafilatura side by side on the real pages, scored by the same code.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extraction quality and speed on real pages, optionally beside trafilatura's output.")

    @Option(help: "The corpus: ../shared/corpus/html")
    var corpus: String = "../shared/corpus/html"
    @Option(help: "Expected titles, dates and authors (JSON).")
    var gold: String = "scripts/extract-gold.json"
    @Option(help: "trafilatura's output as JSON Lines (scripts/trafilatura-dump.py).")
    var trafilatura: String?
    @Option(help: "Passes over the corpus for the speed figure.")
    var runs: Int = 5
    @Flag(help: "Print what yuedu extracted from each page.")
    var verbose = false
    @Flag(help: "With --verbose, print every body paragraph too.")
    var paragraphs = false

    func run() throws {
        let goldPages = try ExtractGold.load(path: gold)
        let pages = try goldPages.map { page -> (ExtractGold.Page, String) in
            let path = corpus + "/" + page.file
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("\(path): cannot read the page")
            }
            return (page, String(decoding: data, as: UTF8.self))
        }
        var yuedu = ExtractorResults(name: "yuedu")
        for (page, html) in pages {
            let article = ArticleExtractor.extract(html: html, pageURL: nil)
            let output = ExtractorOutput(title: article.title, date: article.published?.displayString,
                                         author: article.author, text: article.paragraphs.joined(separator: "\n"),
                                         related: article.related.count)
            if verbose {
                print(page.file, "|", output.title, "|", article.published?.iso8601 ?? "-", "| author", output.author ?? "-",
                      "| source", article.source ?? "-", "| editor", article.editor ?? "-", "| views", article.views.map(String.init) ?? "-")
                print("  first:", article.paragraphs.first?.prefix(30) ?? "", "| last:", article.paragraphs.last?.prefix(30) ?? "",
                      "| \(article.paragraphs.count) paragraphs")
                if paragraphs { for p in article.paragraphs { print("    |", p) } }
                for item in article.related.prefix(2) { print("  related:", item.title, item.url ?? "-", item.source ?? "-", item.date ?? "-") }
            }
            yuedu.add(output, gold: page, corpus: corpus)
            if verbose, page.hasExpectedText, let score = yuedu.bodyScores.last {
                print("  body P \(Format.fixed(score.precision, 3)) R \(Format.fixed(score.recall, 3)) F1 \(Format.fixed(score.f1, 3))")
            }
        }
        let bytes = pages.reduce(0) { $0 + $1.1.utf8.count }
        let start = Clock.now, startCPU = Clock.processCPU
        for _ in 0..<max(1, runs) {
            for (_, html) in pages { _ = ArticleExtractor.extract(html: html, pageURL: nil) }
        }
        let megabytes = Double(bytes * max(1, runs)) / 1_000_000
        yuedu.megabytesPerSecond = megabytes / (Clock.now - start)
        yuedu.megabytesPerCPUSecond = megabytes / (Clock.processCPU - startCPU)

        // The floor: libxml2's parse alone, over the same pages as often.
        let parseStart = Clock.now, parseStartCPU = Clock.processCPU
        for _ in 0..<max(1, runs) {
            for (_, html) in pages { _ = HTMLParseOnly.parse(html: html) }
        }
        let parseWall = megabytes / (Clock.now - parseStart), parseCPU = megabytes / (Clock.processCPU - parseStartCPU)

        var columns = [yuedu]
        if let trafilatura {
            columns.append(try TrafilaturaDump.results(path: trafilatura, gold: goldPages, corpus: corpus))
        }
        print(ExtractTable.render(columns, pages: goldPages.count, mozillaPages: goldPages.filter(\.hasExpectedText).count))
        print("libxml2 parse alone (the floor): \(Format.fixed(parseWall, 1)) MB/s wall, \(Format.fixed(parseCPU, 1)) MB per CPU second;"
              + " \(Format.fixed(Double(bytes) / 1_000_000, 1)) MB of HTML per pass, \(max(1, runs)) passes")
    }
}

