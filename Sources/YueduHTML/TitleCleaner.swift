/// The headline a reader sees. `<title>` carries site suffixes
/// (`…_科技_腾讯网`, `… - Yahoo!ニュース`); a heading or `og:title` that the
/// title contains is the headline, else the part before the first separator.
enum TitleCleaner {
    static let separators: [String] = ["_", "|", "｜", " - ", " – ", " — ", "--", "——", " :: ", "丨", " · ", " @ ", " ＜", "　＜"]

    static func headline(titleTag: String?, candidates: [String]) -> String {
        let title = Whitespace.collapse(titleTag ?? "")
        let usable = candidates.map(Whitespace.collapse).filter { $0.count >= 2 && $0.count <= 200 }
        if title.isEmpty { return usable.first ?? "" }
        // A heading inside the title: the longest one, so a short section name loses.
        let inside = usable.filter { title.contains($0) && $0.count * 3 >= min(title.count, 30) }
        if let best = inside.max(by: { $0.count < $1.count }) { return stripSuffix(best) }
        // The title inside a heading (a heading that adds a kicker) or equal.
        if usable.contains(where: { $0.contains(title) }) { return title }
        return stripSuffix(title)
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
        return best
    }
}
