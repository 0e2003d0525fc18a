extension AppState {
    /// `o`: the open article's URL goes to the browser, as an effect the
    /// runtime carries out without waiting for it.
    mutating func openLink() -> [Effect] {
        guard let url = linkOfOpenArticle() else { return [] }
        status = StatusMessage("在浏览器打开 opening " + url)
        return [.openURL(url)]
    }

    /// `y`: the URL goes to the terminal's clipboard (OSC 52).
    mutating func copyLink() -> [Effect] {
        guard let url = linkOfOpenArticle() else { return [] }
        status = StatusMessage("已复制链接 copied " + url)
        return [.copyToClipboard(url)]
    }

    /// The open article's URL, or nil with the reason on the status line.
    private mutating func linkOfOpenArticle() -> String? {
        guard let article else {
            status = StatusMessage("没有打开的文章 no article is open")
            return nil
        }
        guard let url = article.detail.article.url, Self.isWebLink(url) else {
            status = StatusMessage("这篇文章没有网址 this article has no URL")
            return nil
        }
        return url
    }

    /// Only http(s) links go to the browser or clipboard: an imported `url`
    /// field is data, and `file:` or `javascript:` must not be opened on a key.
    static func isWebLink(_ url: String) -> Bool {
        let lower = url.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://"))
            && !url.unicodeScalars.contains { $0.value < 0x21 || $0.value == 0x7F }
    }
}
