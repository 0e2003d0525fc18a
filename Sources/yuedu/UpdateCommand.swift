import ArgumentParser
import Foundation
import YueduApp
import YueduStore

/// `yuedu update [FEED...]`: fetch the feeds that are due and store their new items.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Fetch feeds (all, or those named) and store their new items.",
        discussion: """
            Up to \(FeedUpdateSettings.defaultWidth) feeds are fetched at once (--jobs), at most \
            \(FeedUpdateSettings.defaultPerHost) from one host. A feed still fresh (Cache-Control, Expires, <ttl> \
            or its interval) or backing off after a 429 or 503 is skipped unless --force. Prints one summary \
            line; each failure goes to standard error naming the feed's URL; the exit status is 1 when any feed \
            failed.
            """)

    @OptionGroup var options: LibraryOptions
    @OptionGroup var fetch: FetchOptions
    @Flag(help: "Fetch every chosen feed, fresh or backing off.") var force = false
    @Flag(help: "One JSON object: the counts and a result per feed.") var json = false
    @Option(help: ArgumentHelp("Feeds fetched at once (never more than \(FeedUpdateSettings.defaultPerHost) from one host).", valueName: "n"))
    var jobs = FeedUpdateSettings.defaultWidth
    @Argument(help: "Feeds to update, each an id, URL or name (default: all).") var feeds: [String] = []

    func validate() throws {
        guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 256") }
    }

    func run() throws {
        let store = try options.openStore()
        let chosen = try choose(in: store)
        let bar = Output.isTerminal.err && !chosen.isEmpty ? UpdateProgressBar() : nil
        let report = try FeedUpdate.run(chosen, store: store, settings: FeedUpdateSettings(force: force, timeouts: fetch.timeouts, width: jobs),
                                        progress: { bar?.show($0) })
        bar?.clear()
        for result in report.results {
            for note in result.notes { Output.err(Output.plain("\(result.feed.url): \(note)") + "\n") }
            if case .failed(let reason) = result.outcome { Output.err(Output.plain("\(result.feed.url): \(reason)") + "\n") }
        }
        Output.out(json ? try Output.json(UpdateJSON(report)) + "\n" : report.summary + "\n")
        if report.failed > 0 { throw ExitCode(1) }
    }

    /// The named feeds in the order named (each once), else all of them.
    private func choose(in store: LibraryStore) throws -> [FeedRecord] {
        guard !feeds.isEmpty else { return try store.feeds().map(\.feed) }
        var chosen: [FeedRecord] = []
        for reference in feeds {
            guard let feed = try store.feed(matching: reference) else {
                Output.err(Output.plain("\(reference): no such feed (give its id, URL or name; see yuedu feed list)") + "\n")
                throw ExitCode(1)
            }
            if !chosen.contains(where: { $0.id == feed.id }) { chosen.append(feed) }
        }
        return chosen
    }
}

/// `done/total` and a bar on standard error, redrawn at most 10 times a second.
final class UpdateProgressBar {
    private var lastShown = Date.distantPast

    func show(_ progress: FeedUpdateProgress) {
        let now = Date()
        guard progress.done == progress.total || now.timeIntervalSince(lastShown) >= 0.1 else { return }
        lastShown = now
        let width = 30
        let filled = progress.total == 0 ? width : width * progress.done / progress.total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        Output.err("\r\u{1B}[Kupdating feeds [\(bar)] \(progress.done)/\(progress.total)")
    }

    func clear() { Output.err("\r\u{1B}[K") }
}
