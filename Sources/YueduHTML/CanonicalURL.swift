import Foundation

/// The article's key: `rel=canonical`, else `og:url`, else the URL it was
/// fetched from, made absolute against the page.
enum CanonicalURL {
    static func find(meta: PageMeta, pageURL: URL?) -> String? {
        let resolver = URLResolver(base: pageURL)
        return resolver.absolute(meta.canonical) ?? resolver.absolute(meta.meta(["og:url"]))
            ?? pageURL.flatMap { resolver.absolute($0.absoluteString) }
    }
}
