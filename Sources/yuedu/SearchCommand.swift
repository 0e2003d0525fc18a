import ArgumentParser
import YueduStore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find articles holding every term; titles first, then newest.",
        discussion: "Spaces separate terms; \"…\" keeps a phrase together. Any length works, one character too.")

    @OptionGroup var options: LibraryOptions
    @Argument(help: "What to find.") var query: [String]
    @Option(help: "At most this many results.") var limit = 50
    @Flag(help: "One JSON array of objects (as `list`, plus snippet), for scripts.") var json = false

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be 1 or more") }
        if query.isEmpty { throw ValidationError("give something to search for") }
    }

    func run() throws {
        let hits = try options.openStore().search(query.joined(separator: " "), limit: limit)
        var printer = RowPrinter(json: json)
        for hit in hits { try printer.print(hit.summary, snippet: hit.snippet) }
        printer.finish()
    }
}
