import YueduModel
import YueduText

/// The 相关阅读 list: items of three parts, `• title`, then the source with
/// the date glued on (`山东省教育厅09-26`), then an excerpt (usually one line
/// ending in `...`). The list ends at the 版权与免责声明 heading, at a line
/// that starts no item (a trailing label), or at the end of the file;
/// repeated titles are separate items, kept in page order.
enum RelatedListParser {
    static let bullets: Set<Character> = ["•", "·", "●", "◦", "▪"]

    static func parse(_ lines: [Substring], from start: Int, articleYear: Int,
                      file: String) throws(ImportFailure) -> [RelatedItem] {
        var items: [RelatedItem] = []
        var index = start
        func failure(_ index: Int, _ message: String) -> ImportFailure {
            ImportFailure(file: file, line: index + 1, message: message)
        }
        func nextNonEmpty(_ from: Int) -> Int? {
            var i = from
            while i < lines.count {
                let line = lines[i].trimmingWhitespace
                if PageTextParser.isDisclaimerHeading(line) { return nil }
                if !line.isEmpty { return i }
                i += 1
            }
            return nil
        }

        var endedByLabel = false
        while let itemIndex = nextNonEmpty(index) {
            let titleLine = lines[itemIndex].trimmingWhitespace
            // A line that starts no item ends the list: a trailing label, not an article part.
            guard let bullet = titleLine.first, bullets.contains(bullet) else { endedByLabel = true; break }
            let title = titleLine.dropFirst().trimmingWhitespace
            guard !title.isEmpty else { throw failure(itemIndex, "related list: item has no title after `•`") }

            guard let sourceIndex = nextNonEmpty(itemIndex + 1) else {
                throw failure(itemIndex, "related item \"\(title)\" is cut off: expected its source and date (truncated?)")
            }
            guard let (source, dateText) = RelatedDate.splitSourceAndDate(lines[sourceIndex]),
                  let resolved = RelatedDate.resolve(dateText, articleYear: articleYear) else {
                throw failure(sourceIndex, "related item \"\(title)\": expected its source followed by MM-DD or YYYY-MM-DD")
            }

            // The excerpt: lines up to the next item, blank line or section end.
            var excerpt = ""
            index = sourceIndex + 1
            while index < lines.count {
                let line = lines[index].trimmingWhitespace
                if line.isEmpty || PageTextParser.isDisclaimerHeading(line) { break }
                if let first = line.first, bullets.contains(first) { break }
                excerpt += line
                index += 1
            }
            items.append(RelatedItem(title: String(title), source: String(source), dateAsWritten: String(dateText),
                                     date: resolved.date, yearInferred: resolved.yearInferred, excerpt: excerpt))
        }
        let endedByFile = !endedByLabel && !lines[index...].contains { PageTextParser.isDisclaimerHeading($0.trimmingWhitespace) }

        // A list that runs into the end of the file, with a last excerpt that
        // stops short of its `...`, is where the file was cut.
        if endedByFile, let last = items.last, !(last.excerpt.hasSuffix("...") || last.excerpt.hasSuffix("…")) {
            throw failure(lines.count - 1, "related item \"\(last.title)\" ends without its excerpt's `...` (truncated?)")
        }
        return items
    }
}
