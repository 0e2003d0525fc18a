import ArgumentParser
import Foundation
import YueduApp
import YueduStore

struct FeedAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Follow a feed: its URL, or a web page that names its feed.",
        discussion: """
            The URL is fetched once: a feed is stored with its title; a web page's <link rel="alternate"> (or its \
            HTTP Link header) naming an RSS, Atom or JSON feed is followed, and the output says which it found. \
            Items arrive with `yuedu update`. A URL the library already follows is an error (exit 1).
            """)

    @OptionGroup var options: LibraryOptions
    @OptionGroup var fetch: FetchOptions
    @Flag(help: "Fetch each new item's page and keep its full text (for feeds that send summaries only).")
    var fulltext = false
    @Option(help: ArgumentHelp("Show the feed by this name instead of its title.", valueName: "name"))
    var name: String?
    @Argument(help: "An http or https URL of a feed or of a page naming one.") var url: String

    func run() throws {
        guard let address = URL(string: url), let scheme = address.scheme?.lowercased(), scheme == "http" || scheme == "https",
              address.host != nil else {
            throw FeedCLI.fail("\(url): not an http or https URL")
        }
        let store = try options.openStore()
        let added: SubscribedFeed
        do {
            added = try FeedSubscribe.add(url: address, name: FeedCLI.nonEmpty(name), fulltext: fulltext, into: store,
                                          timeout: fetch.timeouts)
        } catch let error as WebPageError {
            throw FeedCLI.fail(error.description)
        } catch let error as LibraryError {
            throw FeedCLI.fail(error.description)
        }
        if let found = added.discovered {
            Output.out(Output.plain("found the feed \(found.url.absoluteString) in \(found.origin.rawValue)") + "\n")
        }
        let record = added.record
        Output.out(Output.plain("added feed \(record.id): \(record.displayName) <\(record.url)> "
            + "(\(added.feed.format.rawValue), \(added.feed.entries.count) entries; `yuedu update` fetches them)") + "\n")
        for note in added.feed.notes { Output.err(Output.plain("\(record.url): \(note)") + "\n") }
        if let problem = added.feed.problem { Output.err(Output.plain("\(record.url): \(problem)") + "\n") }
    }
}

/// What the feed commands share.
enum FeedCLI {
    /// Says what went wrong; the exit status is 1.
    static func fail(_ message: String) -> ExitCode {
        Output.err(Output.plain(message) + "\n")
        return ExitCode(1)
    }

    /// The feed an argument names (id, URL, name or title), or exit 1 saying why not.
    static func feed(_ reference: String, in store: LibraryStore) throws -> FeedRecord {
        do {
            guard let feed = try store.feed(matching: reference) else {
                throw fail(LibraryError.noSuchFeed(reference: reference).description)
            }
            return feed
        } catch let error as LibraryError {
            throw fail(error.description)
        }
    }

    static func nonEmpty(_ text: String?) -> String? {
        text.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
    }

    /// `2026-12-02T18:30:00Z`: store times are UTC seconds.
    static func time(_ seconds: Int64?) -> String? {
        guard let seconds else { return nil }
        let date = Date(timeIntervalSince1970: TimeInterval(seconds))
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
