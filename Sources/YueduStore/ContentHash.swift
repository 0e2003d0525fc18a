import YueduModel

/// A 64-bit FNV-1a digest of everything an import can change about an
/// article (not reader state, not resolved targets). Equal digests mean
/// "unchanged": a re-import skips the write. Fields are length-prefixed so
/// moving text between fields changes the digest.
enum ContentHash {
    static func of(_ article: Article) -> Int64 {
        var hasher = FNV1a()
        hasher.add(article.key); hasher.add(article.url ?? "\u{0}none")
        hasher.add(article.site); hasher.add(article.title); hasher.add(article.published.iso8601)
        hasher.add(article.views.map(String.init) ?? "\u{0}none")
        hasher.add(String(article.paragraphs.count))
        for paragraph in article.paragraphs { hasher.add(paragraph) }
        hasher.add(article.source); hasher.add(article.editor); hasher.add(article.language.rawValue)
        hasher.add(String(article.related.count))
        for item in article.related {
            hasher.add(item.title); hasher.add(item.source); hasher.add(item.dateAsWritten)
            hasher.add(item.date?.iso8601 ?? "\u{0}none"); hasher.add(item.yearInferred ? "1" : "0")
            hasher.add(item.excerpt)
            // Only when present, so the digests of items without one (every
            // item imported before URLs were kept) stay what they were.
            if let url = item.url { hasher.add("\u{0}url"); hasher.add(url) }
        }
        return Int64(bitPattern: hasher.value)
    }
}

struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        var length = UInt64(text.utf8.count)
        for _ in 0..<8 { mix(UInt8(truncatingIfNeeded: length)); length >>= 8 }
        // Over the contiguous bytes with the state in a register: FNV-1a is
        // one multiply chain, and the view's iterator added work to each link.
        let mixed = text.utf8.withContiguousStorageIfAvailable { bytes -> UInt64 in
            var hash = value
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* Self.prime }
            return hash
        }
        if let mixed { value = mixed } else { for byte in text.utf8 { mix(byte) } }
    }

    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* Self.prime
    }
}
