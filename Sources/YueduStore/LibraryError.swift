import Foundation

/// Everything that can go wrong with a library, in words a reader can act on.
/// Each case names the file it is about.
public enum LibraryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path names a directory, not a file.
    case isDirectory(path: String)
    /// The directory that should hold the library does not exist.
    case missingDirectory(path: String, directory: String)
    /// The file exists but is not an SQLite database.
    case notALibrary(path: String)
    /// An SQLite database, but one written by another program.
    case foreignDatabase(path: String)
    /// Written by a newer yuedu whose schema this binary does not know.
    case newerSchema(path: String, unknown: [String])
    /// SQLite reports the file damaged.
    case corrupt(path: String, detail: String)
    /// The file or its directory cannot be written.
    case readOnly(path: String)
    /// Another process holds the library longer than the busy timeout.
    case locked(path: String)
    /// A schema migration failed; the library was left as it was.
    case migrationFailed(path: String, detail: String)
    /// No article key starts with the given text.
    case noSuchArticle(prefix: String)
    /// Several article keys start with the given text.
    case ambiguousKey(prefix: String, candidates: [String])
    /// `feed add` of a URL the library already follows.
    case feedExists(url: String)
    /// No feed has this id, URL or name.
    case noSuchFeed(reference: String)
    /// Several feeds have this name or title.
    case ambiguousFeed(reference: String, candidates: [String])
    /// Any other SQLite failure, with SQLite's own words.
    case database(path: String, detail: String)

    public var description: String {
        switch self {
        case .isDirectory(let path):
            return "\(path): is a directory; give the path of a library file, e.g. \(path)/library.sqlite"
        case .missingDirectory(let path, let directory):
            return "\(path): the directory \(directory) does not exist"
        case .notALibrary(let path):
            return "\(path): not a yuedu library (not an SQLite database); the file was left untouched"
        case .foreignDatabase(let path):
            return "\(path): an SQLite database of another program, not a yuedu library; the file was left untouched"
        case .newerSchema(let path, let unknown):
            return "\(path): written by a newer version of yuedu (schema \(unknown.joined(separator: ", "))); "
                + "upgrade yuedu to open it; the file was left untouched"
        case .corrupt(let path, let detail):
            return "\(path): the library file is damaged (\(detail)); run `yuedu doctor` or restore a copy"
        case .readOnly(let path):
            return "\(path): the library is read-only; check the permissions of the file and its directory"
        case .locked(let path):
            return "\(path): the library is locked by another process; try again when it has finished"
        case .migrationFailed(let path, let detail):
            return "\(path): could not upgrade the library's schema (\(detail)); the file was left as it was"
        case .noSuchArticle(let prefix):
            return "no article key starts with \"\(prefix)\""
        case .ambiguousKey(let prefix, let candidates):
            return "\"\(prefix)\" is ambiguous; keys starting with it include "
                + candidates.prefix(5).joined(separator: ", ")
        case .feedExists(let url):
            return "\(url): the library already follows this feed"
        case .noSuchFeed(let reference):
            return "no feed has the id, URL or name \"\(reference)\"; `yuedu feed list` shows them"
        case .ambiguousFeed(let reference, let candidates):
            return "\"\(reference)\" names several feeds (\(candidates.joined(separator: ", "))); give its id or URL"
        case .database(let path, let detail):
            return "\(path): \(detail)"
        }
    }
}
