import YueduText
/// The line that closes a page's body: `来源:… 责任编辑:… 我要投稿`, with
/// ASCII or fullwidth colons, in simplified or traditional characters (a
/// Big5 page writes 來源 and 責任編輯); the editor part and the 我要投稿 link
/// may be missing.
struct FooterLine: Equatable {
    var source: String
    var editor: String

    static func parse(_ line: Substring) -> FooterLine? {
        let text = line.trimmingWhitespace
        guard let afterSource = afterLabel("来源", in: text) ?? afterLabel("來源", in: text) else { return nil }
        var sourcePart = afterSource
        var editor: Substring = ""
        if let range = labelRange("责任编辑", in: afterSource) ?? labelRange("責任編輯", in: afterSource) {
            sourcePart = afterSource[..<range.lowerBound]
            editor = afterSource[range.upperBound...]
        }
        return FooterLine(source: String(stripSubmitLink(sourcePart)), editor: String(stripSubmitLink(editor)))
    }

    /// The text after `label` and a colon, when `text` starts with them.
    private static func afterLabel(_ label: String, in text: Substring) -> Substring? {
        guard text.hasPrefix(label) else { return nil }
        let rest = text.dropFirst(label.count).drop(while: { $0 == " " })
        guard let colon = rest.first, colon == ":" || colon == "：" else { return nil }
        return rest.dropFirst()
    }

    /// The range of `label:` (either colon) inside `text`.
    private static func labelRange(_ label: String, in text: Substring) -> Range<Substring.Index>? {
        var search = text[...]
        while let found = search.firstRange(of: label) {
            let after = text[found.upperBound...].drop(while: { $0 == " " })
            if let colon = after.first, colon == ":" || colon == "：" {
                return found.lowerBound..<after.index(after: after.startIndex)
            }
            search = text[found.upperBound...]
        }
        return nil
    }

    private static func stripSubmitLink(_ text: Substring) -> Substring {
        var t = text.trimmingWhitespace
        if t.hasSuffix("我要投稿") { t = t.dropLast("我要投稿".count).trimmingWhitespace }
        return t
    }
}
