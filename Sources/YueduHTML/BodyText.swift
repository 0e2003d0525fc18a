import Foundation
import YueduText

/// The body's paragraphs from the scored nodes: furniture subtrees, link
/// lists, the related list and the headline left out; every line sanitized.
enum BodyText {
    static func paragraphs(of nodes: [DOMNode], stats: NodeStats, isFurniture: FurnitureTest, resolver: URLResolver,
                           leaveOut related: RelatedListFinder.Found?, headline: String) -> [String] {
        var text = BlockText(baseURL: resolver) { node in
            if node == related?.container { return true }
            if isFurniture(node) { return true }
            let counts = stats[node]
            // A block that is mostly links is a menu or a list of other articles.
            if node.kind.isBlock, counts.characters > 0, counts.linkDensity > 0.5 {
                return !containsFigure(node)
            }
            return false
        }
        // The article ends at its related-reading heading: what follows it (the
        // list's thumbnails, comment counts, more lists) is not body, even when the
        // list shares a container with the article (thepaper). A heading before most
        // of the body's text is a sidebar's, and only that heading is left out.
        if let label = related?.label {
            text.stop = (label, nodes.reduce(0) { $0 + stats[$1].characters } / 2)
        }
        for node in nodes { text.add(node) }
        let lines = text.finish()
            .filter { $0 != headline && !Boilerplate.isFurnitureLine($0) && !Boilerplate.isListLabel($0) && !isMetadataLine($0) }
        // Counters sit beside the headline, above the first paragraph; a number further down is a table cell.
        let opening = lines.firstIndex { $0.utf8.count > 60 } ?? lines.endIndex
        return lines.enumerated().filter { $0.offset >= opening || !isCounter($0.element) }.map(\.element)
            .map(Sanitizer.sanitize)
            .filter { !$0.isEmpty }
    }

    private static func containsFigure(_ node: DOMNode) -> Bool { node.first(tag: .img) != nil }

    private static let metadataLabels = ["来源：", "来源:", "责任编辑", "作者：", "发布时间", "编辑：", "编辑:", "稿源", "浏览次数", "阅读次数", "字号"]

    private static let tagLinePrefixes = ["关键词 ", "关键词>", "关键词：", "关键词:", "关键字：", "关键字:", "标签：", "标签:", "Tags:", "TAG:"]

    /// A bare number (comments, views) with perhaps its icon, which sites draw with an
    /// icon font's private-use character (mingridapan: U+E60E then "4").
    static func isCounter(_ line: String) -> Bool {
        guard line.utf8.count <= 16 else { return false }
        let scalars = line.unicodeScalars.filter { !(0xE000...0xF8FF).contains($0.value) && $0 != " " }
        return !scalars.isEmpty && scalars.allSatisfy { $0 >= "0" && $0 <= "9" }
    }

    /// The byline and date line: metadata, not body.
    static func isMetadataLine(_ line: String) -> Bool {
        guard line.utf8.count < 240, line.count < 80 else { return false }
        if metadataLabels.contains(where: line.bytesContain) { return true }
        // The article's tag line (关键词 >> a,b,c) is metadata; the word inside a sentence is not.
        if tagLinePrefixes.contains(where: line.hasPrefix) { return true }
        // A line that is only a date-time.
        if DateFinder.firstDate(in: line, chinese: false) != nil {
            let stripped = line.filter { !$0.isNumber && !" -/:年月日.".contains($0) }
            return stripped.count <= 4
        }
        return false
    }
}
