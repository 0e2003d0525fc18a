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
        "jiathis", "statement", "topbar", "crumb", "search", "ranking", "player",
    ]
    private static let unlikelyWords = NameWords(["ad", "ads", "hot", "tag", "tags", "rank"])
    private static let unlikelyWordStarts = NameWords(["nav", "foot", "subscribe"])
    private static let maybeParts = ["article", "column", "content", "shadow", "post_body", "detail"]
    private static let maybeWords = NameWords(["and", "body", "main", "text"])

    /// What a class/id says: furniture, furniture inside an article-like name
    /// (`mbArticleShareBtn`, `article-tools`), or nothing.
    enum NameVerdict { case neutral, unlikely, unlikelyButMaybe }

    static func nameVerdict(_ names: String) -> NameVerdict {
        let unlikely = unlikelyParts.contains(where: names.bytesContain)
            || NameWords.any(in: names) { unlikelyWords.contains($0) || unlikelyWordStarts.startsAny($0) }
        guard unlikely else { return .neutral }
        let maybe = maybeParts.contains(where: names.bytesContain) || NameWords.any(in: names, maybeWords.contains)
        return maybe ? .unlikelyButMaybe : .unlikely
    }

    static func isUnlikelyName(_ names: String) -> Bool { nameVerdict(names) == .unlikely }

    // Readability's positive and negative patterns, as substrings and whole
    // words (its `\bbody\b`, `\bnav`): a regex per class name cost more than
    // the rest of the scoring.
    private static let positiveParts = ["article", "content", "entry", "blog", "story", "detail", "rich_media", "zhengwen",
                                        "endtext"]
    private static let positiveWords = NameWords(["body", "main", "page", "post", "text"])
    private static let negativeParts = ["-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "gdpr",
                                        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
                                        "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tool", "widget",
                                        "recommend", "copyright", "rank", "advert", "login", "qrcode"]
    private static let negativeWords = NameWords(["tag", "tags", "ad"])
    private static let negativeWordStarts = NameWords(["nav", "hot"])

    static let furnitureTags: Set<ElementTag> = [.nav, .footer, .aside, .form, .header, .menu]

    /// A subtree no article text lives in: `.unlikelyButMaybe` when only its
    /// size can tell (the caller knows the counts).
    static func furnitureVerdict(_ node: DOMNode) -> NameVerdict {
        let tag = node.kind
        if tag == .body || tag == .html || tag == .article || tag == .main { return .neutral }
        if furnitureTags.contains(tag) { return .unlikely }
        if let role = node.attribute("role"),
           ["navigation", "banner", "complementary", "contentinfo", "menu", "menubar"].contains(role) { return .unlikely }
        let names = node.classAndID
        guard names.utf8.count > 1 else { return .neutral }
        return nameVerdict(names)
    }

    static func isFurniture(_ node: DOMNode) -> Bool { furnitureVerdict(node) == .unlikely }

    /// Readability's class weight of a `class` and `id` list: +25 for article-like names, −25 for furniture.
    static func classWeight(names: String) -> Double {
        guard names.utf8.count > 1 else { return 0 }
        var weight = 0.0
        let negative = negativeParts.contains(where: names.bytesContain) || names == "hid" || names.hasSuffix(" hid")
            || NameWords.any(in: names) { negativeWords.contains($0) || negativeWordStarts.startsAny($0) }
        if negative { weight -= 25 }
        if positiveParts.contains(where: names.bytesContain) || NameWords.any(in: names, positiveWords.contains) { weight += 25 }
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

    /// A heading for a list of other things (精彩视频推荐, 热点推荐, 相关阅读) left
    /// behind when its list was taken out: a short line that ends in a recommendation word.
    static func isListLabel(_ line: String) -> Bool {
        // Bytes first: counting characters of every long paragraph would cost more than the test.
        guard line.utf8.count <= 60 else { return false }
        let text = line.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        guard text.count <= 12 else { return false }
        return text.hasSuffix("推荐") || RelatedListFinder.labels.contains { text.hasSuffix($0) }
    }
}

/// Furniture by name, unless the subtree holds most of the page's sentences
/// (163.com nests the whole article inside `post_header`).
/// Answers are kept: the scorer and the body writer ask of the same nodes.
final class FurnitureTest {
    let stats: NodeStats
    let pagePunctuation: Int
    /// Answers by the elements' entry numbers in `stats`.
    private var known: [Bool?]

    init(stats: NodeStats, pagePunctuation: Int) {
        self.stats = stats; self.pagePunctuation = pagePunctuation
        known = Array(repeating: nil, count: stats.count)
    }

    private var furnitureNames: [String: Boilerplate.NameVerdict] = [:]
    private var weights: [String: Double] = [:]

    /// An article-like name rescues a furniture name (Readability's "ok, maybe
    /// it's a candidate") only for a container: a button or label this short,
    /// with no sentence and no picture in it, is the furniture its name says.
    static let maximumLabelCharacters = 40

    func callAsFunction(_ node: DOMNode) -> Bool {
        let index = stats.index(node)
        if let index, let answer = known[index] { return answer }
        let counts = stats[node]
        let answer: Bool
        switch furnitureVerdict(node) {
        case .neutral: answer = false
        case .unlikely: answer = counts.punctuation * 2 < pagePunctuation
        case .unlikelyButMaybe:
            // qq wraps the article's photo and its share button in one `mbArticleSharePic`: the photo stays.
            answer = counts.punctuation == 0 && counts.characters <= FurnitureTest.maximumLabelCharacters && node.first(tag: .img) == nil
        }
        if let index { known[index] = answer }
        return answer
    }

    /// Pages repeat a few class names thousands of times: match each name once.
    /// An element without attributes is judged by its tag alone.
    private func furnitureVerdict(_ node: DOMNode) -> Boilerplate.NameVerdict {
        guard node.hasAttributes else { return Boilerplate.furnitureVerdict(node) }
        let key = node.kind.rawValue + "\u{0}" + node.classAndID + "\u{0}" + (node.attribute("role") ?? "")
        if let answer = furnitureNames[key] { return answer }
        let answer = Boilerplate.furnitureVerdict(node)
        furnitureNames[key] = answer
        return answer
    }

    func classWeight(_ node: DOMNode) -> Double {
        guard node.hasAttributes else { return 0 }
        let key = node.classAndID
        if let weight = weights[key] { return weight }
        let weight = Boilerplate.classWeight(names: key)
        weights[key] = weight
        return weight
    }
}

/// The words of a class/id list (runs of ASCII letters, digits and `_`; other
/// bytes, as in a Unicode name, count as letters), matched on bytes.
struct NameWords {
    private let words: [[UInt8]]

    init(_ words: [String]) { self.words = words.map { Array($0.utf8) } }

    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool { words.contains { $0.elementsEqual(word) } }

    func startsAny(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains { $0.count <= word.count && $0.elementsEqual(word.prefix($0.count)) }
    }

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b >= 0x80
    }

    /// Whether any word of `names` passes `test`.
    static func any(in names: String, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var s = names
        return s.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                while i < n, !isWordByte(bytes[i]) { i += 1 }
                let start = i
                while i < n, isWordByte(bytes[i]) { i += 1 }
                if i > start, test(UnsafeBufferPointer(rebasing: bytes[start..<i])) { return true }
            }
            return false
        }
    }
}
