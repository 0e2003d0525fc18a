import YueduModel

/// Stable entry identity for feeds that give neither GUID nor link: a
/// 64-bit FNV-1a hash of the title, date and text, in hex. Not Swift's
/// Hasher, which is seeded per process: the store compares ids across runs.
enum ContentHash {
    static func of(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (i, part) in parts.enumerated() {
            if i > 0 { hash = (hash ^ 0x1F) &* 0x100_0000_01b3 }  // unit separator: ["ab","c"] ≠ ["a","bc"]
            for b in part.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        let digits = String(hash, radix: 16)
        return "hash:" + String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension FeedEntry {
    /// GUID or id, else link, else a content hash: the order the store keys items by.
    static func identify(guid: String?, link: String?, title: String, published: PublishedDate?, text: [String])
        -> (id: String, identity: EntryIdentity) {
        if let guid, !guid.isEmpty { return (guid, .guid) }
        if let link, !link.isEmpty { return (link, .link) }
        return (ContentHash.of([title, published?.iso8601 ?? ""] + text), .contentHash)
    }
}
