import ArgumentParser
import Foundation
import YueduFeeds
import YueduImport
import YueduStore

struct FeedImportOPMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-opml",
        abstract: "Follow the feeds of an OPML file (- reads standard input), without fetching them.",
        discussion: """
            OPML 1.0 and 2.0, as newsboat, Thunderbird, Feedly and Inoreader export it: every outline with an \
            http(s) xmlUrl, however deeply nested in categories; its title (or text) names the feed until its first \
            update. Feeds the library already follows are skipped and counted.
            """)

    @OptionGroup var options: LibraryOptions
    @Argument(help: "An OPML file, or - for standard input.") var file: String

    func run() throws {
        let name = file == "-" ? "<stdin>" : file
        let document: OPMLDocument
        do {
            document = try OPML.parse(try InputBytes.read(file, limit: FeedParser.maxBytes, readAs: "an OPML file"))
        } catch let error as FeedError {
            throw FeedCLI.fail("\(name): \(error.message)")
        } catch {
            throw FeedCLI.fail("\(error)")
        }
        let store = try options.openStore()
        let (added, duplicates) = try store.addFeeds(
            document.feeds.map { FeedToFollow(url: $0.url, title: $0.title ?? "", siteLink: $0.siteLink) },
            addedAt: LibraryStore.now())
        for url in document.unsupported {
            Output.err(Output.plain("\(name): \(url): not an http or https feed; skipped") + "\n")
        }
        var summary = "added \(added.count) feeds, skipped \(duplicates) already followed"
        if !document.unsupported.isEmpty { summary += ", \(document.unsupported.count) not http(s)" }
        Output.out(summary + "; `yuedu update` fetches them\n")
    }
}

struct FeedExportOPMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-opml",
        abstract: "Write the feeds the library follows as OPML 2.0 (to standard output, or FILE).")

    @OptionGroup var options: LibraryOptions
    @Argument(help: "The file to write; standard output when left out.") var file: String?

    func run() throws {
        let feeds = try options.openStore().feeds().map { summary in
            OPMLFeed(url: summary.feed.url, title: summary.feed.displayName, siteLink: summary.feed.siteLink)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let text = OPMLWriter.document(feeds, dateCreated: formatter.string(from: Date()))
        if let file {
            do { try OutputFile.write(text, to: file) } catch {
                throw FeedCLI.fail("cannot write \(file): \(error.localizedDescription)")
            }
        } else {
            Output.out(text)
        }
    }
}
