import YueduModel
import YueduTestSupport
/// Generates a corpus of `count` articles for `seed`: the same bytes for the
/// same seed and count on every run. Headers (title, date, source) are drawn
/// first for the whole corpus so related lists can name other articles by
/// their exact titles; bodies are generated and written one article at a time.
struct CorpusGenerator {
    let count: Int
    let seed: UInt64

    /// Independent random streams, so changing how one part is drawn leaves
    /// the others as they were.
    private enum Stream: UInt64 { case header = 1, body, related, ghost, identity }

    struct Summary {
        var articles = 0
        /// UTF-8 bytes of every title and body paragraph: the text a library holds.
        var rawTextBytes = 0
        var fileBytes = 0
        var relatedItems = 0
        var relatedInCorpus = 0
    }

    /// Share of related items that name an article outside the corpus.
    static let ghostShare = 0.08

    func write(to path: String) throws -> Summary {
        var titles = Set<[UInt8]>(minimumCapacity: count)
        let headers = makeHeaders(titles: &titles)
        var out = try JSONLineWriter(path: path)
        var summary = Summary()
        var paragraph = TextBuilder(capacity: 1024), scratch = TextBuilder(capacity: 256)

        for index in 0..<count {
            let header = headers[index]
            var rng = SplitMix64(seed: seed, stream: Stream.identity.rawValue, index: UInt64(index))
            let id = hex(rng.next())

            out.raw("{\"id\":"); out.string(id)
            if rng.chance(0.9) {
                out.raw(",\"url\":")
                out.string("https://news.example.cn/\(header.date.year)/\(header.date.monthDay)/\(id).html")
            }
            out.raw(",\"title\":"); out.string(header.title)
            out.raw(",\"site\":"); out.string(header.site)
            out.raw(",\"published\":"); out.string(header.date.iso8601)
            if rng.chance(0.7) {
                let u = rng.unit()
                out.raw(",\"views\":"); out.number(Int(u * u * u * 60_000))
            }
            summary.rawTextBytes += header.title.count

            out.raw(",\"body\":[")
            var bodyRng = SplitMix64(seed: seed, stream: Stream.body.rawValue, index: UInt64(index))
            let paragraphs = bodyRng.lowish(5...15)
            for p in 0..<paragraphs {
                if p > 0 { out.raw(",") }
                Prose.paragraph(header.theme, year: header.date.year,
                                target: bodyRng.lowish(Prose.paragraphLengths), &bodyRng,
                                into: &paragraph, scratch: &scratch)
                out.string(paragraph.bytes)
                summary.rawTextBytes += paragraph.bytes.count
            }
            out.raw("]")

            out.raw(",\"source\":")
            out.string(header.source)
            var editor = TextBuilder(capacity: 16)
            Prose.person(&editor, &rng)
            out.raw(",\"editor\":"); out.string(editor.bytes)
            if rng.chance(0.8) { out.raw(",\"lang\":\"zh\"") }

            out.raw(",\"related\":[")
            let items = related(for: index, headers: headers, titles: titles)
            for (n, item) in items.enumerated() {
                if n > 0 { out.raw(",") }
                out.raw("{\"title\":"); out.string(item.title)
                out.raw(",\"source\":"); out.string(item.source)
                out.raw(",\"date\":"); out.string(item.date)
                out.raw(",\"excerpt\":"); out.string(item.excerpt)
                out.raw("}")
                if item.inCorpus { summary.relatedInCorpus += 1 }
            }
            summary.relatedItems += items.count
            out.raw("]}")
            try out.endLine()
            summary.articles += 1
        }
        try out.flush()
        summary.fileBytes = out.bytesWritten
        return summary
    }

    /// Every article's header, titles unique across the corpus (a clash is
    /// redrawn from the same stream, so the result is still a function of the seed).
    private func makeHeaders(titles: inout Set<[UInt8]>) -> [ArticleHeader] {
        var headers: [ArticleHeader] = []
        headers.reserveCapacity(count)
        for index in 0..<count {
            var rng = SplitMix64(seed: seed, stream: Stream.header.rawValue, index: UInt64(index))
            while true {
                let theme = ArticleTheme(&rng)
                let date = CivilDate.random(&rng)
                let title = Headline.make(theme, year: date.year, &rng).bytes
                guard titles.insert(title).inserted else { continue }
                var source = TextBuilder(capacity: 64)
                Prose.body(&source, theme, &rng)
                let site = rng.pick(theme.topic.sites).bytes
                // A quarter of the stories are the site's own reporting.
                headers.append(ArticleHeader(title: title, theme: theme, date: date, site: site,
                                             source: rng.chance(0.25) ? site : source.bytes))
                break
            }
        }
        return headers
    }

    struct RelatedEntry {
        var title: [UInt8]
        var source: [UInt8]
        var date: String
        var excerpt: [UInt8]
        var inCorpus: Bool
    }

    /// 4 to 8 items: mostly other articles of the corpus, preferably on the
    /// same beat, named by exact title, source and date; a few name articles
    /// that are not in the corpus.
    private func related(for index: Int, headers: [ArticleHeader], titles: Set<[UInt8]>) -> [RelatedEntry] {
        var rng = SplitMix64(seed: seed, stream: Stream.related.rawValue, index: UInt64(index))
        let owner = headers[index]
        let wanted = rng.within(4...8)
        var chosen: Set<Int> = [index]
        var entries: [RelatedEntry] = []
        var attempts = 0
        while entries.count < wanted && attempts < wanted * 16 {
            attempts += 1
            if count < 2 || rng.chance(Self.ghostShare) {
                entries.append(ghost(owner: owner, slot: index &* 16 &+ entries.count, titles: titles))
                continue
            }
            var target = rng.below(count)
            for _ in 0..<8 where chosen.contains(target) || headers[target].theme.topicIndex != owner.theme.topicIndex {
                target = rng.below(count)
            }
            if chosen.contains(target) { continue }
            chosen.insert(target)
            let header = headers[target]
            entries.append(RelatedEntry(title: header.title, source: header.source,
                                        date: writtenDate(header.date, owner: owner.date, &rng),
                                        excerpt: excerpt(of: target, header), inCorpus: true))
        }
        return entries
    }

    /// A related item whose article is not in the corpus: a title no corpus
    /// article has.
    private func ghost(owner: ArticleHeader, slot: Int, titles: Set<[UInt8]>) -> RelatedEntry {
        var rng = SplitMix64(seed: seed, stream: Stream.ghost.rawValue, index: UInt64(slot))
        while true {
            let theme = ArticleTheme(&rng)
            let date = CivilDate.random(&rng)
            let title = Headline.make(theme, year: date.year, &rng).bytes
            if titles.contains(title) { continue }
            var source = TextBuilder(capacity: 64)
            Prose.body(&source, theme, &rng)
            var paragraph = TextBuilder(capacity: 512), scratch = TextBuilder()
            Prose.paragraph(theme, year: date.year, target: 120, &rng, into: &paragraph, scratch: &scratch)
            return RelatedEntry(title: title, source: source.bytes, date: writtenDate(date, owner: owner.date, &rng),
                                excerpt: Self.cut(paragraph.bytes), inCorpus: false)
        }
    }

    /// `MM-DD` as Chinese sites print it when the year is the owning article's
    /// (the importer takes that year); the full date otherwise or now and then.
    private func writtenDate(_ date: CivilDate, owner: CivilDate, _ rng: inout SplitMix64) -> String {
        date.year == owner.year && rng.chance(0.8) ? date.monthDay : date.dateString
    }

    /// The start of the target's first paragraph, as the site's related list shows it.
    private func excerpt(of index: Int, _ header: ArticleHeader) -> [UInt8] {
        var bodyRng = SplitMix64(seed: seed, stream: Stream.body.rawValue, index: UInt64(index))
        _ = bodyRng.lowish(5...15)
        var paragraph = TextBuilder(capacity: 1024), scratch = TextBuilder(capacity: 256)
        Prose.paragraph(header.theme, year: header.date.year, target: bodyRng.lowish(Prose.paragraphLengths),
                        &bodyRng, into: &paragraph, scratch: &scratch)
        return Self.cut(paragraph.bytes)
    }

    /// The first 72 characters and `...`.
    static func cut(_ bytes: [UInt8], characters limit: Int = 72) -> [UInt8] {
        var seen = 0
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            if seen == limit { return Array(bytes[..<offset]) + Array("...".utf8) }
            seen += 1
        }
        return bytes + Array("...".utf8)
    }

    private func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
