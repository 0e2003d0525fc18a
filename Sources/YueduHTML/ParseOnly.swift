/// libxml2's parse of a page (and freeing it) with nothing after it: the
/// floor under the extraction benchmark's speed, which `yuedu-bench extract`
/// prints beside the full extraction's.
public enum HTMLParseOnly {
    /// Whether the page parsed into a document.
    public static func parse(html: String) -> Bool { HTMLDocument(html: html).top != nil }
}
