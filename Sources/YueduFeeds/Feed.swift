import Foundation
import YueduModel

/// A parsed feed, whatever its format: what the preview prints and what the
/// store (issue 16's later slices) keeps. Every string is display-safe
/// (sanitized) and every link absolute.
public struct Feed: Sendable, Equatable {
    public var format: FeedFormat
    public var title: String
    /// The site the feed belongs to.
    public var link: String?
    /// As declared (`zh-cn`, `en`), else guessed from the text's script ("zh").
    public var language: String?
    /// RSS `<ttl>` in minutes: how long the feed may be cached.
    public var ttlMinutes: Int?
    public var entries: [FeedEntry]
    /// The encoding the bytes were read in ("UTF-8", "GB18030"…).
    public var encoding: String
    /// What a reader of the log should know: a declaration overruled, bytes replaced.
    public var notes: [String] = []
    /// Set when the document broke off (truncated, malformed): `entries`
    /// holds what parsed before it; the feed counts as failed.
    public var problem: String?
}

public enum FeedFormat: String, Sendable, Equatable, Codable {
    case rss = "RSS"
    case rdf = "RSS 1.0"
    case atom = "Atom"
    case jsonFeed = "JSON Feed"
}

/// One item or entry.
public struct FeedEntry: Sendable, Equatable {
    /// The entry's stable identity within its feed: its GUID or id, else
    /// its link, else a hash of its content (see `identity`).
    public var id: String
    public var identity: EntryIdentity
    public var title: String
    public var link: String?
    /// Nil when the feed gives no date: the caller uses when it first saw the entry.
    public var published: PublishedDate?
    public var updated: PublishedDate?
    public var author: String?
    /// Paragraphs, from HTML through the web pages' HTML-to-text code.
    public var summary: [String]
    public var content: [String]
    public var enclosures: [FeedEnclosure]
}

/// Where an entry's `id` came from.
public enum EntryIdentity: String, Sendable, Equatable, Codable {
    case guid
    case link
    case contentHash = "content-hash"
}

public struct FeedEnclosure: Sendable, Equatable, Codable {
    public var url: String
    public var type: String?
    public var length: Int?
}

/// Why bytes gave no feed at all. `description` is one line naming no
/// source: the caller puts the file or URL in front.
public struct FeedError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
