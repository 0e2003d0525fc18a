import Foundation

/// The related-reading list: a short label (相关阅读, 相關閱讀, 関連記事,
/// 관련기사, …) followed by links; each link's title and absolute URL, with
/// the source, date and excerpt its item shows.
struct RelatedListFinder {
    static let labels = ["相关阅读", "相关新闻", "相关推荐", "相关文章", "推荐阅读", "延伸阅读", "相关报道", "相关链接",
                         "热点推荐", "猜你喜欢", "相關閱讀", "相關新聞", "相關文章", "延伸閱讀", "推薦閱讀", "相關報導",
                         "関連記事", "関連ニュース", "おすすめ記事", "관련기사", "관련 기사", "관련뉴스", "추천기사"]
    static let maximumItems = 30

    let stats: NodeStats
    let resolver: URLResolver

    struct Found {
        var container: DOMNode
        /// The 相关阅读 heading: where the article has ended.
        var label: DOMNode
        var items: [ExtractedRelatedLink]
    }

    func find(in body: DOMNode) -> Found? {
        var labelNodes: [DOMNode] = []
        body.walk { node in
            guard node.isElement, !HiddenTags.contains(node) else { return false }
            let counts = stats[node]
            // A label is a heading, not a link; links are most of a page's small nodes.
            if counts.characters < 4 || counts.linkCharacters == counts.characters { return false }
            if counts.characters >= 4, counts.characters <= 14, isLabel(node.text) { labelNodes.append(node); return false }
            return true
        }
        for label in labelNodes {
            if let found = list(after: label), !found.items.isEmpty { return found }
        }
        return nil
    }

    private func isLabel(_ text: String) -> Bool {
        guard RelatedListFinder.labels.contains(where: text.bytesContain) else { return false }
        let t = text.filter { !" 【】[]：:>»·|「」<>\u{3000}".contains($0) }
        return RelatedListFinder.labels.contains { t == $0 || (t.hasPrefix($0) && t.count <= $0.count + 4) }
    }

    /// Climbs from the label until an ancestor holds at least two titled links after it.
    private func list(after label: DOMNode) -> Found? {
        var container = label
        for _ in 0..<4 {
            guard let up = container.parent else { return nil }
            container = up
            let links = titledLinks(in: container, after: label)
            if links.count >= 2 {
                return Found(container: container, label: label, items: links.prefix(RelatedListFinder.maximumItems).map { item($0, in: container) })
            }
        }
        return nil
    }

    private func titledLinks(in container: DOMNode, after label: DOMNode) -> [DOMNode] {
        var seenLabel = false
        var links: [DOMNode] = []
        var urls: Set<String> = []
        container.walk { node in
            if node == label { seenLabel = true; return false }
            guard node.isElement, !HiddenTags.contains(node) else { return false }
            guard seenLabel else { return true }
            if node.kind != .a { return true }
            let title = linkTitle(node)
            // Without a base URL a relative link stays an item (its URL unknown), keyed by title.
            let key = resolver.absolute(node.attribute("href")) ?? title
            if title.count >= 6, !Boilerplate.isFurnitureLine(title), urls.insert(key).inserted { links.append(node) }
            return false
        }
        return links
    }

    private func linkTitle(_ link: DOMNode) -> String {
        let text = Whitespace.collapse(link.text)
        // Lists cut long titles ("…"); the title attribute keeps them whole.
        if let full = link.attribute("title").map(Whitespace.collapse), full.count > text.count,
           full.hasPrefix(String(text.prefix(4))) { return full }
        return text
    }

    private static let dateWritten = try! NSRegularExpression(pattern:
        "(?:(?:19|20)\\d{2}[-/.年]\\d{1,2}[-/.月]|\\d{1,2}[-/月])\\d{1,2}日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?|\\d+\\s*(?:分钟|小时|天)前")

    /// The item around one link: the largest ancestor below the container that holds no other link title.
    private func item(_ link: DOMNode, in container: DOMNode) -> ExtractedRelatedLink {
        let title = linkTitle(link)
        var entry = ExtractedRelatedLink(title: title, url: resolver.absolute(link.attribute("href")))
        var box = link
        while let up = box.parent, up != container, stats[up].linkTags <= 2, countTitledLinks(up) == 1 { box = up }
        guard box != link else { return entry }
        var text = BlockText(baseURL: resolver, skip: { $0 == link })
        text.add(box)
        let rest = text.finish().filter { $0 != title && !$0.hasPrefix("[图") }
        for line in rest {
            if entry.date == nil, let m = RelatedListFinder.dateWritten.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
               let r = Range(m.range, in: line) {
                entry.date = String(line[r])
                let before = Whitespace.trim(String(line[..<r.lowerBound]))
                if entry.source == nil, !before.isEmpty, before.count <= 20 { entry.source = before }
                continue
            }
            if line.count >= 20, entry.excerpt == nil { entry.excerpt = line; continue }
            if entry.source == nil, line.count <= 20 { entry.source = line }
        }
        return entry
    }

    private func countTitledLinks(_ node: DOMNode) -> Int {
        node.all(tag: .a).filter { linkTitle($0).count >= 6 }.count
    }
}
