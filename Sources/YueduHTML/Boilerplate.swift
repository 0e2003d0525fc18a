import Foundation

/// Class and id names that mark page furniture (navigation, share bars,
/// comments, copyright, ads, recommendations), after Readability's lists
/// plus the names Chinese news sites use.
enum Boilerplate {
    private static let unlikely = try! NSRegularExpression(pattern:
        "-ad-|\\bads?\\b|advert|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|"
        + "header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|"
        + "ad-break|agegate|pagination|pager|popup|share|copyright|recommend|tuijian|xiangguan|hotnews|\\bhot\\b|"
        + "\\bnav|toolbar|login|qrcode|erweima|bdshare|jiathis|statement|\\btags?\\b|topbar|crumb|search|"
        + "\\bfoot|ranking|\\brank\\b|\\bsubscribe")
    private static let maybe = try! NSRegularExpression(pattern:
        "\\band\\b|article|\\bbody\\b|column|content|\\bmain\\b|shadow|\\btext\\b|post_body|detail")
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
        let names = node.classAndID
        guard names.count > 1 else { return false }
        if matches(unlikely, names) && !matches(maybe, names) { return true }
        let role = node.attribute("role") ?? ""
        return ["navigation", "banner", "complementary", "contentinfo", "menu", "menubar"].contains(role)
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
        line.count < 100 && lineMarkers.contains { line.contains($0) }
    }
}

/// Furniture by name, unless the subtree holds most of the page's sentences
/// (163.com nests the whole article inside `post_header`).
struct FurnitureTest {
    let stats: NodeStats
    let pagePunctuation: Int

    func callAsFunction(_ node: DOMNode) -> Bool {
        Boilerplate.isFurniture(node) && stats[node].punctuation * 2 < pagePunctuation
    }
}
