import Foundation
import YueduHTML
import YueduText

/// Feed text made display-safe: one-line fields, paragraphs from HTML
/// (through the web pages' HTML-to-text code) or from plain text, links.
enum FeedText {
    /// A title, name or id: whitespace collapsed, sanitized, one line.
    static func line(_ text: String) -> String {
        Sanitizer.sanitize(Whitespace.collapse(text)).replacingOccurrences(of: "\n", with: " ")
    }

    /// A title that is HTML (Atom `type="html"`, markup in an RSS title).
    static func lineFromHTML(_ html: String) -> String {
        line(HTMLToText.paragraphs(fromHTMLFragment: html, baseURL: nil).joined(separator: " "))
    }

    static func paragraphs(html: String, base: URL?) -> [String] {
        HTMLToText.paragraphs(fromHTMLFragment: html, baseURL: base)
    }

    /// Plain text: a blank line ends a paragraph; other line breaks are
    /// source wrapping.
    static func paragraphs(plain text: String) -> [String] {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var out: [String] = []
        var current: [Substring] = []
        func flush() {
            let paragraph = Sanitizer.sanitize(Whitespace.collapse(current.joined(separator: "\n")))
            if !paragraph.isEmpty { out.append(paragraph) }
            current = []
        }
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            if Whitespace.trim(String(line)).isEmpty { flush() } else { current.append(line) }
        }
        flush()
        return out
    }

    /// An absolute http(s) link, or nil.
    static func link(_ href: String?, base: URL?) -> String? {
        URLResolver(base: base).absolute(href)
    }

    /// Trimmed, or nil when empty.
    static func nonEmpty(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = Whitespace.trim(text)
        return trimmed.isEmpty ? nil : trimmed
    }
}
