import Foundation
import YueduText

/// HTML fragments (feed entries, article bodies) to display-safe paragraphs.
public enum HTMLToText {
    public static func paragraphs(fromHTMLFragment html: String, baseURL: URL?) -> [String] {
        let document = HTMLDocument(html: html)
        guard let top = document.top else { return [] }
        var text = BlockText(baseURL: URLResolver(base: baseURL))
        text.add(top)
        return text.finish().map(Sanitizer.sanitize).filter { !$0.isEmpty }
    }
}
