import YueduModel
import YueduText

/// An article's related items in one text column of its row: items joined
/// by U+001E (record separator), the fields of an item by U+001F (unit
/// separator): title, source, date as written, date (ISO 8601 or empty),
/// "1" when its year was inferred, excerpt, and the item's URL when it has
/// one (a seventh field, added after migration 4). They are always read with
/// their article, and a table of their own cost an import 600,000 row
/// inserts at 100,000 articles. Imported text carries no control
/// characters, so a stray separator inside a field becomes a space.
enum RelatedCodec {
    private static let itemSeparator: Character = "\u{1E}"
    private static let fieldSeparator: Character = "\u{1F}"

    static func encode(_ items: [RelatedItem]) -> String {
        items.map { item in
            // The URL field only when there is one: rows without keep the six fields they always had.
            ([item.title, item.source, item.dateAsWritten, item.date?.iso8601 ?? "", item.yearInferred ? "1" : "0",
              item.excerpt] + (item.url.map { [$0] } ?? [])).map(clean).joined(separator: String(fieldSeparator))
        }.joined(separator: String(itemSeparator))
    }

    /// The items as stored, without targets (see `RelatedResolver`). A
    /// damaged item (too few fields) is skipped rather than misread.
    static func decode(_ text: String) -> [RelatedItem] {
        guard !text.isEmpty else { return [] }
        return text.utf8.split(separator: 0x1E, omittingEmptySubsequences: false).compactMap { item in
            let fields = item.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(Substring($0)) }
            guard fields.count == 6 || fields.count == 7 else { return nil }
            let url = fields.count == 7 && !fields[6].isEmpty ? fields[6] : nil
            return RelatedItem(title: fields[0], source: fields[1], dateAsWritten: fields[2],
                               date: fields[3].isEmpty ? nil : PublishedDate(iso8601: fields[3]),
                               yearInferred: fields[4] == "1", excerpt: fields[5], url: url)
        }
    }

    /// The items' titles alone, for counting without decoding every field.
    static func titles(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        return text.utf8.split(separator: 0x1E, omittingEmptySubsequences: false).compactMap { item in
            item.split(separator: 0x1F, maxSplits: 1, omittingEmptySubsequences: false).first.map { String(Substring($0)) }
        }
    }

    /// The title keys (`TitleKey`) of the items, each followed by U+001E so
    /// that an empty key still counts as an item, computed at import so that
    /// `stats` never normalizes 600,000 titles (2.4 s at 100,000 articles).
    static func encodeTitleKeys(_ items: [RelatedItem]) -> String {
        items.map { TitleKey.normalize($0.title) + String(itemSeparator) }.joined()
    }

    /// Calls `body` with the UTF-8 of each key of `encodeTitleKeys`'s text,
    /// in item order (keys hold letters, digits and marks, never U+001E).
    static func forEachTitleKey(in keys: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        for i in keys.indices where keys[i] == 0x1E {
            body(UnsafeBufferPointer(rebasing: keys[start..<i]))
            start = i + 1
        }
    }

    private static func clean(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x1E || $0 == 0x1F }) else { return field }
        return String(field.map { $0 == itemSeparator || $0 == fieldSeparator ? " " : $0 })
    }
}
