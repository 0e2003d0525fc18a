import Foundation

/// Author, source (来源), editor (责任编辑, 编辑, 责编) and view count, from
/// meta tags and JSON-LD first, then from the lines the page shows.
struct Byline: Equatable {
    var author: String?
    var source: String?
    var editor: String?
    var views: Int?
}

enum BylineFinder {
    private static let stop = "\\s|，|,|。|；|;|【|】|\\[|\\]|\\(|\\)|（|）|｜|\\||丨|/"
    private static func field(_ labels: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: "(?:\(labels))\\s*[:：]\\s*((?:(?!\(stop)).){1,30})")
    }
    private static let sourceField = field("来源|來源|稿源|出处|文章来源|信息来源")
    private static let editorField = field("责任编辑|責任編輯|责编|编辑|編輯|审核|值班编辑")
    private static let authorField = field("作者|作\\s*者|撰文|文|记者|作者名")
    private static let viewsField = try! NSRegularExpression(pattern:
        "(?:围观|圍觀)\\s*(\\d+)\\s*次|(?:阅读|閱讀|浏览|瀏覽|阅读量|阅读数|浏览量|浏览次数|点击|點擊)\\s*[:：]?\\s*(\\d+)")

    private static let nextLabels = ["举报", "作者", "编辑", "时间", "发布", "责任", "来源", "原标题", "字号", "阅读", "点击"]

    static func find(meta: PageMeta, lines: [String], headlineLine: Int?, siteNames: [String]) -> Byline {
        var byline = Byline()
        let start = max(0, (headlineLine ?? 0) - 2)
        let near = Array(lines[min(start, lines.count)..<min(lines.count, start + 25)])
        byline.source = first(sourceField, in: near) ?? meta.meta(["source", "article:source", "og:source"])
        // Editors usually sign at the end of the body.
        byline.editor = first(editorField, in: near)
            ?? first(editorField, in: lines.reversed().lazy.filter { $0.bytesContain("编") || $0.bytesContain("編") || $0.bytesContain("审核") })
        // The byline the page shows beats a meta tag, which often names the site.
        byline.author = first(authorField, in: near).flatMap(cleanAuthor)
            ?? meta.meta(["author", "article:author", "dc.creator", "byline"]).flatMap(cleanAuthor)
                .flatMap { name in siteNames.contains { $0.contains(name) } ? nil : name }
            ?? meta.linkedValue("author")
        for line in near where line.count < 200 {
            guard let m = viewsField.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) else { continue }
            for i in 1...2 {
                if let r = Range(m.range(at: i), in: line), let n = Int(line[r]) { byline.views = n; break }
            }
            if byline.views != nil { break }
        }
        return byline
    }

    /// "责任编辑：肖春芳" where a name was expected: the name is after the label.
    private static func withoutLabel(_ s: String) -> String {
        guard let colon = s.firstIndex(where: { $0 == "：" || $0 == ":" }), s.distance(from: s.startIndex, to: colon) <= 6
        else { return s }
        return Whitespace.trim(String(s[s.index(after: colon)...]))
    }

    private static func cleanAuthor(_ s: String) -> String? {
        let t = withoutLabel(Whitespace.collapse(s))
        if t.isEmpty || t.hasPrefix("http") || t.count > 40 { return nil }
        return t
    }

    private static func first<S: Sequence>(_ regex: NSRegularExpression, in lines: S) -> String? where S.Element == String {
        for line in lines where line.count < 300 {
            guard let m = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
                  let r = Range(m.range(at: 1), in: line) else { continue }
            var value = withoutLabel(Whitespace.trim(String(line[r])))
            // Inline links run together ("新京报举报", "证券时报网作者：李在山"): cut at the next label.
            for next in nextLabels { if let cut = value.range(of: next), cut.lowerBound > value.startIndex { value = String(value[..<cut.lowerBound]) } }
            if !value.isEmpty { return value }
        }
        return nil
    }
}
