import YueduText

/// A page on its way into the library: the reader fetches one at a time,
/// shows it on the status line, and Esc cancels it.
public struct PendingFetch: Equatable, Sendable {
    public var url: String
    /// The related item that named the page, when one did.
    public var origin: RelatedOrigin?
    public init(url: String, origin: RelatedOrigin? = nil) { self.url = url; self.origin = origin }
}

/// Related item `index` of the article `ownerKey`: it resolves to the page
/// once the page lands, and shows its excerpt if the fetch fails.
public struct RelatedOrigin: Equatable, Sendable {
    public var ownerKey: String
    public var index: Int
    public init(ownerKey: String, index: Int) { self.ownerKey = ownerKey; self.index = index }
}

extension AppState {
    /// Starts fetching `url` unless a fetch is running (one at a time: a
    /// second would only compete with the first for the same slow network).
    mutating func startFetch(_ url: String, for origin: RelatedOrigin? = nil) -> [Effect] {
        if let running = fetch {
            status = StatusMessage("正在取回 already fetching \(running.url) (Esc 取消 cancels)", isError: true)
            return []
        }
        fetch = PendingFetch(url: url, origin: origin)
        status = nil  // the status line shows the fetch (StatusBar)
        return [.fetchPage(url: url)]
    }

    /// Esc while a fetch runs.
    mutating func cancelFetch() -> [Effect] {
        guard let running = fetch else { return [] }
        fetch = nil
        status = StatusMessage("已取消 cancelled fetching " + running.url)
        return [.cancelFetch(url: running.url)]
    }

    /// The page is in the library: the item that named it resolves to it,
    /// the list and counts show it, and it opens.
    mutating func receiveFetchedPage(url: String, key: String) -> [Effect] {
        guard let running = fetch, running.url == url else { return [] }  // cancelled meanwhile
        fetch = nil
        if let origin = running.origin, article?.key == origin.ownerKey, origin.index < relatedItems.count {
            article?.detail.article.related[origin.index].targetKey = key
        }
        status = StatusMessage("已取回 fetched " + url)
        return [.loadCounts] + reloadList() + requestOpen(key, navigation: .push, focus: .article)
    }

    /// The fetch gave no article: the message (which names the URL) on the
    /// status line, and the related item that named it selected, its excerpt shown.
    mutating func fetchFailed(url: String, message: String) {
        guard let running = fetch, running.url == url else { return }
        fetch = nil
        status = StatusMessage("取回失败 fetch failed: " + message, isError: true)
        if let origin = running.origin, article?.key == origin.ownerKey, origin.index < relatedItems.count {
            focus = .related
            relatedSelection = origin.index
        }
    }

    /// A command while the `a` prompt is open.
    mutating func urlPromptCommand(_ command: Command) -> [Effect] {
        switch command {
        case .submit: return submitURL()
        case .close: urlPrompt = nil
        case .quit: urlPrompt = nil; return quitEffects()
        default: urlPrompt?.edit(command)
        }
        return []
    }

    /// Enter in the `a` prompt: only an http(s) URL with a host is fetched.
    mutating func submitURL() -> [Effect] {
        let text = String((urlPrompt?.query ?? "").trimmingWhitespace)
        urlPrompt = nil
        guard !text.isEmpty else { return [] }
        guard Self.isWebLink(text), Self.hasHost(text) else {
            status = StatusMessage("只取回 http/https 网址 only http and https URLs are fetched, not: " + text, isError: true)
            return []
        }
        return startFetch(text)
    }

    /// `http://x…`, not `http://` or `https:///path`.
    static func hasHost(_ url: String) -> Bool {
        guard let range = url.range(of: "://") else { return false }
        return url[range.upperBound...].first.map { $0 != "/" && $0 != "?" && $0 != "#" } ?? false
    }
}
