import Foundation

/// Makes a page's links absolute; refuses schemes a reader cannot open.
package struct URLResolver {
    package let base: URL?

    package init(base: URL?) { self.base = base }

    package func absolute(_ href: String?) -> String? {
        guard let raw = href.map(Whitespace.trim), !raw.isEmpty, !raw.hasPrefix("#") else { return nil }
        let lower = raw.lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("mailto:") || lower.hasPrefix("data:") { return nil }
        let encoded = raw.addingPercentEncoding(withAllowedCharacters: URLResolver.allowed) ?? raw
        guard let url = URL(string: encoded, relativeTo: base)?.absoluteURL,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        if let host = url.host, !host.isEmpty { return url.absoluteString }
        // `http:a.html` on an http page is relative, as browsers read it (WHATWG URL);
        // any other link without a host names nothing a reader can open.
        guard let base, base.scheme?.lowercased() == scheme, !encoded.dropFirst(scheme.count + 1).hasPrefix("//"),
              let relative = URL(string: String(encoded.dropFirst(scheme.count + 1)), relativeTo: base)?.absoluteURL,
              let host = relative.host, !host.isEmpty else { return nil }
        return relative.absoluteString
    }

    /// Everything a URL may already contain, so only spaces and non-ASCII get escaped.
    private static let allowed = CharacterSet.urlQueryAllowed.union(.urlPathAllowed).union(CharacterSet(charactersIn: "#%"))
}
