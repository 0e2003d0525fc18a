import ArgumentParser
import Foundation
import YueduStore

struct FeedListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the feeds the library follows: name, URL, unread and total items, last update, last error.")

    @OptionGroup var options: LibraryOptions
    @Flag(help: ArgumentHelp("One JSON array of feeds (id, name, title, url, site_link, unread, total, fulltext, interval_minutes, "
        + "added_at, last_attempt_at, last_update, last_status, last_error)."))
    var json = false

    func run() throws {
        let feeds = try options.openStore().feeds()
        if json {
            Output.out(try Output.json(feeds.map(FeedListJSON.init)) + "\n")
            return
        }
        if feeds.isEmpty {
            Output.out("no feeds yet: `yuedu feed add URL` follows one\n")
            return
        }
        var text = ""
        for summary in feeds {
            let feed = summary.feed
            let updated = FeedCLI.time(feed.lastSuccessAt).map { "updated \($0)" } ?? "never updated"
            // Tab-separated for scripts; each field made safe on its own (the sanitizer expands tabs).
            text += ["\(feed.id)", feed.displayName, "\(summary.unread)/\(summary.total) unread", updated, feed.url]
                .map(Output.plain).joined(separator: "\t") + "\n"
            if let error = feed.lastError {
                text += "\t" + Output.plain("error at \(FeedCLI.time(feed.lastAttemptAt) ?? "?"): \(error)") + "\n"
            }
        }
        Output.out(text)
    }
}

/// One feed of `feed list --json`; times are ISO 8601 in UTC.
struct FeedListJSON: Encodable {
    var id: Int64
    var name: String?
    var title: String
    var url: String
    var site_link: String?
    var unread: Int
    var total: Int
    var fulltext: Bool
    var interval_minutes: Int?
    var added_at: String?
    var last_attempt_at: String?
    var last_update: String?
    var last_status: Int?
    var last_error: String?

    init(_ summary: FeedSummary) {
        let f = summary.feed
        (id, name, title, url, site_link) = (f.id, f.name, f.title, f.url, f.siteLink)
        (unread, total, fulltext, interval_minutes) = (summary.unread, summary.total, f.fulltext, f.intervalMinutes)
        (added_at, last_attempt_at, last_update) = (FeedCLI.time(f.addedAt), FeedCLI.time(f.lastAttemptAt), FeedCLI.time(f.lastSuccessAt))
        (last_status, last_error) = (f.lastStatus, f.lastError)
    }

    // Absent values are written as null, so every object has every key.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(name, forKey: .name); try c.encode(title, forKey: .title)
        try c.encode(url, forKey: .url); try c.encode(site_link, forKey: .site_link); try c.encode(unread, forKey: .unread)
        try c.encode(total, forKey: .total); try c.encode(fulltext, forKey: .fulltext)
        try c.encode(interval_minutes, forKey: .interval_minutes); try c.encode(added_at, forKey: .added_at)
        try c.encode(last_attempt_at, forKey: .last_attempt_at); try c.encode(last_update, forKey: .last_update)
        try c.encode(last_status, forKey: .last_status); try c.encode(last_error, forKey: .last_error)
    }

    enum CodingKeys: String, CodingKey {
        case id, name, title, url, site_link, unread, total, fulltext, interval_minutes, added_at, last_attempt_at, last_update,
             last_status, last_error
    }
}

struct FeedRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Stop following a feed; its articles and your marks on them stay in the library.")

    @OptionGroup var options: LibraryOptions
    @Argument(help: "The feed's id, URL or name.") var feed: String

    func run() throws {
        let store = try options.openStore()
        let record = try FeedCLI.feed(feed, in: store)
        try store.removeFeed(id: record.id)
        Output.out(Output.plain("removed feed \(record.id): \(record.displayName) <\(record.url)>") + "\n")
    }
}

struct FeedSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change a feed's setting: fulltext true|false, interval MINUTES|none, name NAME|none.")

    @OptionGroup var options: LibraryOptions
    @Argument(help: "The feed's id, URL or name.") var feed: String
    @Argument(help: "fulltext, interval or name.") var key: String
    @Argument(help: "The new value.") var value: String

    func run() throws {
        let store = try options.openStore()
        let record = try FeedCLI.feed(feed, in: store)
        let lower = value.lowercased()
        switch key.lowercased() {
        case "fulltext":
            let on: Bool
            switch lower {
            case "true", "yes", "on", "1": on = true
            case "false", "no", "off", "0": on = false
            default: throw FeedCLI.fail("fulltext: \(value) is not true or false")
            }
            try store.setFeed(id: record.id, name: nil, fulltext: on, intervalMinutes: nil)
        case "interval":
            if lower == "none" {
                try store.setFeed(id: record.id, name: nil, fulltext: nil, intervalMinutes: .some(nil))
            } else {
                guard let minutes = Int(value), minutes > 0 else {
                    throw FeedCLI.fail("interval: \(value) is not a whole number of minutes above 0, or none")
                }
                try store.setFeed(id: record.id, name: nil, fulltext: nil, intervalMinutes: .some(minutes))
            }
        case "name":
            let name = lower == "none" ? nil : FeedCLI.nonEmpty(value)
            try store.setFeed(id: record.id, name: .some(name), fulltext: nil, intervalMinutes: nil)
        default:
            throw FeedCLI.fail("\(key): not a feed setting; give fulltext, interval or name")
        }
        let updated = try store.feed(id: record.id) ?? record
        let shown: String
        switch key.lowercased() {
        case "fulltext": shown = String(updated.fulltext)
        case "interval": shown = updated.intervalMinutes.map { "\($0) minutes" } ?? "none"
        default: shown = updated.name ?? "none"
        }
        Output.out(Output.plain("feed \(updated.id): \(key.lowercased()) = \(shown)") + "\n")
    }
}
