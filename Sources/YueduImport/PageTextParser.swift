import YueduModel
import YueduText

/// Reads one article from a saved page's text (the format of the reference
/// sample): noise, title, byline, indented paragraphs, the 来源/责任编辑
/// footer, trailing labels, an optional 相关阅读 list, and a 版权与免责声明
/// section that is never part of the article. Landmarks are found by their
/// content, not by line numbers: the byline first, the title is the last
/// non-empty line above it.
package enum PageTextParser {
    /// Section headings, simplified and traditional (Big5 pages).
    static let relatedHeadings = ["相关阅读", "相關閱讀"]
    static let disclaimerHeadings = ["版权与免责声明", "版權與免責聲明"]

    package static func parse(_ text: String, file: String) throws(ImportFailure) -> Article {
        let lines = text.linesSplitAtAnyLineEnd
        func failure(_ index: Int?, _ message: String) -> ImportFailure {
            ImportFailure(file: file, line: index.map { $0 + 1 }, message: message)
        }
        guard lines.contains(where: { !$0.trimmingWhitespace.isEmpty }) else { throw failure(nil, "empty file") }

        // Byline, then the title above it.
        guard let bylineIndex = lines.firstIndex(where: { Byline.parse($0) != nil }),
              let byline = Byline.parse(lines[bylineIndex]) else {
            throw failure(nil, "no byline: expected a line `site YYYY-MM-DD HH:MM 围观N次` under the title")
        }
        guard !byline.site.isEmpty else { throw failure(bylineIndex, "byline names no site before the date") }
        guard let titleIndex = lines[..<bylineIndex].lastIndex(where: { !$0.trimmingWhitespace.isEmpty }) else {
            throw failure(bylineIndex, "no title above the byline")
        }
        let title = String(lines[titleIndex].trimmingWhitespace)

        // Body paragraphs up to the footer; a section heading before the
        // footer means the footer is missing, and the file is not trusted.
        var paragraphs: [String] = []
        var footer: FooterLine?
        var index = bylineIndex + 1
        while index < lines.count {
            let line = lines[index].trimmingWhitespace
            if let parsed = FooterLine.parse(line) { footer = parsed; break }
            if isHeading(line) { break }
            if !line.isEmpty { paragraphs.append(String(line)) }
            index += 1
        }
        guard let footer else {
            throw failure(min(index, lines.count - 1),
                          "no `来源:… 责任编辑:…` line after the body (file truncated, or not an article page)")
        }
        guard !paragraphs.isEmpty else { throw failure(index, "no body paragraphs between the byline and the 来源 line") }

        // Trailing labels until the related list or the disclaimer.
        index += 1
        while index < lines.count, !isHeading(lines[index].trimmingWhitespace) { index += 1 }
        var related: [RelatedItem] = []
        if index < lines.count, isRelatedHeading(lines[index].trimmingWhitespace) {
            related = try RelatedListParser.parse(lines, from: index + 1, articleYear: byline.published.year, file: file)
        }

        return Article.imported(url: nil, site: byline.site, title: title, published: byline.published,
                                views: byline.views, paragraphs: paragraphs, source: footer.source,
                                editor: footer.editor, language: nil, related: related)
    }

    static func isHeading(_ line: Substring) -> Bool { isRelatedHeading(line) || isDisclaimerHeading(line) }

    /// `相关阅读` alone on its line (perhaps with a colon), not a sentence starting with it.
    static func isRelatedHeading(_ line: Substring) -> Bool {
        relatedHeadings.contains { line.hasPrefix($0) && line.count <= $0.count + 1 }
    }

    static func isDisclaimerHeading(_ line: Substring) -> Bool {
        disclaimerHeadings.contains { line.hasPrefix($0) }
    }
}
