/// The headline a reader sees. `<title>` carries site suffixes
/// (`…_科技_腾讯网`, `… - Yahoo!ニュース`); a heading or `og:title` that the
/// title contains is the headline, else the part before the first separator.
enum TitleCleaner {
    static let separators: [String] = ["_", "|", "｜", " - ", " – ", " — ", "--", "——", " :: ", "丨", " · ", " @ ", " ＜", "　＜"]

    static func headline(titleTag: String?, candidates: [String], pageLines: Set<String> = []) -> String {
        let title = Whitespace.collapse(titleTag ?? "")
        let usable = candidates.map(Whitespace.collapse).filter { $0.count >= 2 && $0.count <= 200 }
        if title.isEmpty { return usable.first ?? "" }
        // A heading inside the title: the longest one, so a short section name loses.
        // (A candidate equal to the title, such as an og:title, carries the same suffix.)
        // A heading that is the site's name sits in the suffix: the headline opens the title, or fills most of it.
        let inside = usable.filter {
            $0 != title && title.contains($0) && $0.count * 3 >= min(title.count, 30)
                && (title.hasPrefix($0) || $0.count * 2 >= title.count)
        }
        if let best = inside.max(by: { $0.count < $1.count }) { return best }
        // The title inside a heading (a heading that adds a kicker) or equal.
        if usable.contains(where: { $0 != title && $0.contains(title) }) { return title }
        // "明日股市预测--最新出炉联合国贸发报告…": the part the page shows as a line of its own.
        if let shown = segments(of: title).filter({ $0.count >= 5 && pageLines.contains($0) }).max(by: { $0.count < $1.count }) {
            return shown
        }
        return stripSuffix(title)
    }

    static func segments(of title: String) -> [String] {
        var parts = [title]
        for separator in separators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }.map(Whitespace.trim).filter { !$0.isEmpty }
        }
        return parts
    }

    /// Cuts site and channel suffixes at the first separator that leaves a
    /// headline of at least a few characters.
    static func stripSuffix(_ title: String) -> String {
        var best = title
        for separator in separators {
            guard let range = best.range(of: separator) else { continue }
            let head = Whitespace.trim(String(best[..<range.lowerBound]))
            if head.count >= 5 { best = head }
        }
        // "…-EDN 电子技术设计": a short last part after a bare hyphen (not Wi-Fi's).
        if let range = best.range(of: "-", options: .backwards) {
            let head = Whitespace.trim(String(best[..<range.lowerBound])), tail = best[range.upperBound...]
            if head.count >= 8, tail.count <= 12, tail.contains(" ") { best = head }
        }
        // "… 湖南省中医药研究院附属医院": a last word that names an institution or site.
        if let space = best.lastIndex(of: " ") {
            let head = Whitespace.trim(String(best[..<space])), tail = String(best[best.index(after: space)...])
            if head.count >= 8, tail.count >= 4, siteEndings.contains(where: tail.hasSuffix) { best = head }
        }
        return best
    }

    static let siteEndings = ["网", "网站", "官网", "医院", "政府", "报", "新闻", "频道", "日报", "晚报"]
}
