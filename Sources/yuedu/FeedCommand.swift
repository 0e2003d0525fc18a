import ArgumentParser
import Foundation
import YueduApp
import YueduFeeds
import YueduImport

/// `yuedu feed …`: feeds (issue 16): follow, list, change and stop
/// following them, OPML in and out, and preview one without storing it.
struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Work with RSS, Atom and JSON feeds.",
        subcommands: [FeedAddCommand.self, FeedListCommand.self, FeedRemoveCommand.self, FeedSetCommand.self,
                      FeedImportOPMLCommand.self, FeedExportOPMLCommand.self, FeedPreviewCommand.self])
}

struct FeedPreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Parse a feed (a file, - or an http(s) URL) and print it, without storing it.",
        discussion: "RSS 0.9x, 2.0 and 1.0, Atom 1.0 and JSON Feed 1.0 and 1.1, in any encoding. Exits 1 when the feed "
            + "cannot be parsed, or breaks off (the entries before the break are printed).")

    @OptionGroup var fetch: FetchOptions
    @Flag(help: "One JSON object: format, title, link, lang, encoding, entries (id, title, link, published, updated, author, summary, content).")
    var json = false
    @Option(help: ArgumentHelp("Where a saved feed came from: resolves its relative links, and a .cn host means +08:00.",
                               valueName: "url"))
    var url: String?
    @Argument(help: "A feed file, - for standard input, or an http or https URL.") var source: String

    func validate() throws {
        if url != nil, isWebAddress { throw ValidationError("--url is for a saved feed; a fetched feed's URL is where it was fetched from") }
        if let url, URL(string: url)?.host == nil { throw ValidationError("--url \(Output.plain(url)): not an absolute URL") }
    }

    private var isWebAddress: Bool {
        let lower = source.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    func run() throws {
        let feed: Feed
        if isWebAddress {
            guard let address = URL(string: source) else { throw fail("\(source): not a valid http or https URL") }
            do {
                feed = try FeedFetch.preview(url: address, timeout: fetch.timeouts)
            } catch {
                throw fail(error.description)
            }
        } else {
            let name = source == "-" ? "<stdin>" : source
            do {
                feed = try FeedParser.parse(try read(name), url: url.flatMap(URL.init(string:)))
            } catch let error as FeedError {
                throw fail("\(name): \(error.message)")
            }
        }
        for note in feed.notes { Output.err(Output.plain("\(source): \(note)") + "\n") }
        let printed = FeedJSON(feed)
        Output.out(json ? try Output.json(printed) + "\n" : printed.text)
        if let problem = feed.problem { throw fail("\(source): \(problem)") }
    }

    /// The feed's bytes. A file is refused by its size before reading, so a
    /// feed larger than the parser takes is never read; standard input is
    /// read up to the same cap.
    private func read(_ name: String) throws -> [UInt8] {
        let limit = FeedParser.maxBytes
        if source != "-", let size = (try? FileManager.default.attributesOfItem(atPath: source)[.size] as? NSNumber)?.intValue,
           size > limit {
            throw FeedError("\(FeedParser.megabytes(size)) is over the \(FeedParser.megabytes(limit)) a feed may be: refused unparsed")
        }
        do {
            return try InputBytes.read(source, limit: limit, readAs: "a feed")
        } catch {
            throw fail(error.description)
        }
    }

    /// Says what went wrong, naming the source; the exit status is 1.
    private func fail(_ message: String) -> ExitCode {
        Output.err(Output.plain(message) + "\n")
        return ExitCode(1)
    }
}
