import GRDB
import YueduModel
import YueduText

extension PreparedBatch {
    /// A 64-bit digest of every article of the batch and of everything
    /// derived from it, in order. `yuedu-bench prepare --digest` prints it,
    /// so a faster parser or fold can be checked to give bit-identical
    /// results on a whole corpus.
    /// `seed` continues an earlier batch's digest; nil starts a new one.
    public func digest(continuing seed: UInt64? = nil) -> UInt64 {
        var h = seed.map { FNV1a(continuing: $0) } ?? FNV1a()
        func add(_ text: String) {
            h.add(text.utf8)
            h.add(byte: 0xFF)  // 0xFF never occurs in UTF-8: a field end
        }
        // The bytes written: text, or a frame (then its length first, as
        // 0xFF may occur in it).
        func add(stored value: DatabaseValue) {
            switch value.storage {
            case .blob(let frame):
                add("frame \(frame.count)")
                h.add(frame)
            default: add(String.fromDatabaseValue(value) ?? "")
            }
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
                if let url = item.url { add(url) }
            }
            add(String(prepared.hash)); add(prepared.titleKey); add(stored: prepared.body)
            add(stored: prepared.related); add(prepared.relatedTitleKeys)
            for gram in grams[position] {
                for shift in stride(from: 0, to: 64, by: 8) { h.add(byte: UInt8(truncatingIfNeeded: gram >> UInt64(shift))) }
            }
        }
        return h.value
    }
}
