import ArgumentParser
import YueduModel
import YueduStore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List articles, newest first.")

    @OptionGroup var options: LibraryOptions
    @Flag(help: "Only articles not yet read.") var unread = false
    @Flag(help: "Only favourites.") var favorites = false
    @Option(help: "List only the site's articles.") var site: String?
    @Option(help: "At most this many articles.") var limit: Int?
    @Flag(help: "One JSON array of objects, for scripts.") var json = false

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        if [unread, favorites, site != nil].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --unread, --favorites and --site")
        }
    }

    func run() throws {
        let store = try options.openStore()
        let filter: ArticleFilter = unread ? .unread : favorites ? .favorites : site.map(ArticleFilter.site) ?? .all
        var printer = RowPrinter(json: json)
        // Keyset pages keep memory flat and each page cheap however long the list.
        var printed = 0
        var last: ArticleSummary?
        let pageSize = 1000
        while true {
            let wanted = limit.map { min(pageSize, $0 - printed) } ?? pageSize
            guard wanted > 0 else { break }
            let rows = try last.map { try store.page(filter, after: $0, limit: wanted) }
                ?? store.page(filter, offset: 0, limit: wanted)
            for row in rows { try printer.print(row) }
            printer.flush()
            printed += rows.count
            last = rows.last
            if rows.count < wanted { break }
        }
        printer.finish()
    }
}

/// Prints list rows page by page: a streamed JSON array, or one line each.
struct RowPrinter {
    let json: Bool
    private var count = 0
    private var pending = ""

    init(json: Bool) { self.json = json }

    mutating func print(_ row: ArticleSummary, snippet: String? = nil) throws {
        if json {
            pending += (count == 0 ? "[" : ",\n") + (try Output.json(ArticleRowJSON(row, snippet: snippet)))
        } else {
            let flags = (row.isFavorite ? "★" : " ") + (row.isRead ? " " : "•")
            pending += "\(row.published.displayString)  \(flags) \(row.title)  [\(row.site)]  \(row.key)\n"
            if let snippet { pending += "    \(snippet)\n" }
        }
        count += 1
    }

    mutating func flush() {
        if !pending.isEmpty { Output.out(pending); pending = "" }
    }

    mutating func finish() {
        if json { pending += count == 0 ? "[]\n" : "]\n" }
        flush()
    }
}
