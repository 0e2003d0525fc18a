import Foundation

/// Class and id names that mark page furniture (navigation, share bars,
/// comments, copyright, ads, recommendations), after Readability's lists
/// plus the names Chinese news sites use.
enum Boilerplate {
    /// Plain substrings and whole words rather than one big regex: this runs
    /// on every class name of the page.
    private static let unlikelyParts = [
        "-ad-", "advert", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus",
        "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox",
        "sidebar", "skyscraper", "social", "sponsor", "supplemental", "agegate", "pagination", "pager", "popup",
        "share", "copyright", "recommend", "tuijian", "xiangguan", "hotnews", "toolbar", "login", "qrcode", "erweima",
        "jiathis", "statement", "topbar", "crumb", "search", "ranking",
    ]
    private static let unlikelyWords: Set<Substring> = ["ad", "ads", "hot", "tag", "tags", "rank"]
    private static let unlikelyWordStarts = ["nav", "foot", "subscribe"]
    private static let maybeParts = ["article", "column", "content", "shadow", "post_body", "detail"]
    private static let maybeWords: Set<Substring> = ["and", "body", "main", "text"]

    static func isUnlikelyName(_ names: String) -> Bool {
        let words = names.split { !($0.isLetter || $0.isNumber || $0 == "_") }
        let unlikely = unlikelyParts.contains(where: names.bytesContain)
            || words.contains { unlikelyWords.contains($0) || unlikelyWordStarts.contains(where: $0.hasPrefix) }
        guard unlikely else { return false }
        return !(maybeParts.contains(where: names.bytesContain) || words.contains { maybeWords.contains($0) })
    }
    private static let positive = try! NSRegularExpression(pattern:
        "article|\\bbody\\b|content|entry|hentry|h-entry|\\bmain\\b|\\bpage\\b|\\bpost\\b|\\btext\\b|blog|story|detail|"
        + "rich_media|zhengwen|endtext")
    private static let negative = try! NSRegularExpression(pattern:
        "-ad-|hidden|^hid$| hid$|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta|outbrain|"
        + "promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|\\btags?\\b|tool|widget|recommend|"
        + "copyright|\\bnav|\\bhot|rank|\\bad\\b|advert|login|qrcode")
    static let furnitureTags: Set<String> = ["nav", "footer", "aside", "form", "header", "menu"]

    static func matches(_ regex: NSRegularExpression, _ s: String) -> Bool {
        regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    /// A subtree no article text lives in.
    static func isFurniture(_ node: DOMNode) -> Bool {
        let tag = node.tag
        if tag == "body" || tag == "html" || tag == "article" || tag == "main" { return false }
        if furnitureTags.contains(tag) { return true }
        if let role = node.attribute("role"),
           ["navigation", "banner", "complementary", "contentinfo", "menu", "menubar"].contains(role) { return true }
        let names = node.classAndID
        guard names.count > 1 else { return false }
        if isUnlikelyName(names) { return true }
        return false
    }

    /// Readability's class weight: +25 for article-like names, −25 for furniture.
    static func classWeight(_ node: DOMNode) -> Double {
        let names = node.classAndID
        guard names.count > 1 else { return 0 }
        var weight = 0.0
        if matches(negative, names) { weight -= 25 }
        if matches(positive, names) { weight += 25 }
        return weight
    }

    /// Lines that are page furniture wherever they sit.
    private static let lineMarkers = ["版权所有", "Copyright", "copyright", "©", "分享到", "扫一扫", "扫描二维码",
                                      "关注我们", "免责声明", "未经授权", "禁止转载", "打印本页", "关闭窗口",
                                      "【我要纠错】", "返回顶部", "上一篇", "下一篇",
                                      "您所在的位置", "当前位置", "已输入0字", "微信公众号", "ICP备", "公网安备", "举报", "我要跟帖", "跟帖评论"]
    static func isFurnitureLine(_ line: String) -> Bool {
        line.utf8.count < 300 && lineMarkers.contains { line.bytesContain($0) }
    }
}

/// Furniture by name, unless the subtree holds most of the page's sentences
/// (163.com nests the whole article inside `post_header`).
/// Answers are kept: the scorer and the body writer ask of the same nodes.
final class FurnitureTest {
    let stats: NodeStats
    let pagePunctuation: Int
    private var known: [DOMNode: Bool] = [:]

    init(stats: NodeStats, pagePunctuation: Int) { self.stats = stats; self.pagePunctuation = pagePunctuation }

    private var furnitureNames: [String: Bool] = [:]
    private var weights: [String: Double] = [:]

    func callAsFunction(_ node: DOMNode) -> Bool {
        if let answer = known[node] { return answer }
        let answer = isFurnitureByName(node) && stats[node].punctuation * 2 < pagePunctuation
        known[node] = answer
        return answer
    }

    /// Pages repeat a few class names thousands of times: match each name once.
    private func isFurnitureByName(_ node: DOMNode) -> Bool {
        let key = node.tag + "\u{0}" + node.classAndID + "\u{0}" + (node.attribute("role") ?? "")
        if let answer = furnitureNames[key] { return answer }
        let answer = Boilerplate.isFurniture(node)
        furnitureNames[key] = answer
        return answer
    }

    func classWeight(_ node: DOMNode) -> Double {
        let key = node.classAndID
        if let weight = weights[key] { return weight }
        let weight = Boilerplate.classWeight(node)
        weights[key] = weight
        return weight
    }
}
