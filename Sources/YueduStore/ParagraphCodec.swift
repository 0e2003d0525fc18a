/// Body paragraphs in one text column, joined by U+001E (record separator).
/// The importer never yields control characters (they are stripped before
/// display anyway), so a stray U+001E inside a paragraph becomes a space
/// rather than splitting it.
enum ParagraphCodec {
    static let separator: Character = "\u{1E}"

    static func encode(_ paragraphs: [String]) -> String {
        paragraphs.map { $0.utf8Contains(0x1E) ? String($0.map { $0 == separator ? " " : $0 }) : $0 }
            .joined(separator: String(separator))
    }

    /// Split on the separator's byte: it is ASCII, so every piece is whole
    /// UTF-8, and byte splitting skips grapheme breaking over the whole body.
    static func decode(_ body: String) -> [String] {
        guard !body.isEmpty else { return [] }
        return body.utf8.split(separator: 0x1E, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }
}
