import ArgumentParser
import YueduStore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Sizes and counts of the library.")
    @OptionGroup var options: LibraryOptions
    @Flag(help: "One JSON object, for scripts.") var json = false

    func run() throws {
        let store = try options.openStore()
        let s = try store.stats()
        if json { Output.out(try Output.json(s) + "\n"); return }
        Output.out("""
            library        \(store.path)
            articles       \(s.articles) (\(s.unread) unread, \(s.favorites) favourites)
            sites          \(s.sites)
            related items  \(s.relatedItems) (\(s.resolvedRelatedItems) found in the library)
            published      \(s.oldest ?? "-") … \(s.newest ?? "-")
            schema         \(s.schemaVersion)
            file size      \(s.fileBytes) bytes

            """)
    }
}
