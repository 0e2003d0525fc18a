import YueduModel

extension PreparedBatch {
    /// A 64-bit digest of every article of the batch and of everything
    /// derived from it, in order. `yuedu-bench prepare --digest` prints it,
    /// so a faster parser or fold can be checked to give bit-identical
    /// results on a whole corpus. Kept apart from `FNV1a` (which it would
    /// otherwise rely on) so a change there shows up here.
    public func digest(continuing seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var h = seed
        func add(_ text: String) {
            for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            h = (h ^ 0xFF) &* 0x0000_0100_0000_01b3  // 0xFF never occurs in UTF-8: a field end
        }
        // Each article's search grams, from the batch's postings (ascending
        // by gram), so the digest of a corpus does not depend on batching.
        var grams = [[UInt64]](repeating: [], count: articles.count)
        for key in postings.keys { grams[postings.position(key)].append(postings.gram(key)) }
        for (position, prepared) in articles.enumerated() {
            let a = prepared.article
            for field in [a.key, a.url ?? "-", a.site, a.title, a.published.iso8601, a.views.map(String.init) ?? "-",
                          a.source, a.editor, a.language.rawValue] { add(field) }
            a.paragraphs.forEach(add)
            for item in a.related {
                for field in [item.title, item.source, item.dateAsWritten, item.date?.iso8601 ?? "-",
                              item.yearInferred ? "1" : "0", item.excerpt] { add(field) }
            }
            add(String(prepared.hash)); add(prepared.titleKey); add(prepared.body)
            add(prepared.related); add(prepared.relatedTitleKeys)
            for gram in grams[position] {
                for shift in stride(from: 0, to: 64, by: 8) {
                    h = (h ^ (gram >> UInt64(shift) & 0xFF)) &* 0x0000_0100_0000_01b3
                }
            }
        }
        return h
    }
}
