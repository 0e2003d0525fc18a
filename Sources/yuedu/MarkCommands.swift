import ArgumentParser
import YueduStore

/// The four commands that set or clear a mark on one article.
enum Mark: String {
    case favorite, unfavorite, markRead = "mark-read", markUnread = "mark-unread"

    func apply(to key: String, in store: LibraryStore) throws {
        switch self {
        case .favorite: try store.setFavorite(key: key, true)
        case .unfavorite: try store.setFavorite(key: key, false)
        case .markRead: try store.setRead(key: key, true)
        case .markUnread: try store.setRead(key: key, false)
        }
    }

    /// Resolves the key prefix, applies the mark and says what it did.
    func run(prefix: String, options: LibraryOptions) throws {
        let store = try options.openStore()
        let key = try store.resolveKey(prefix: prefix)
        try apply(to: key, in: store)
        Output.out("\(rawValue) \(key)\n")
    }
}

struct FavoriteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "favorite", abstract: "Mark an article as a favourite.")
    @OptionGroup var options: LibraryOptions
    @Argument(help: "The article's key, or a unique beginning of it.") var key: String
    func run() throws { try Mark.favorite.run(prefix: key, options: options) }
}

struct UnfavoriteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unfavorite", abstract: "Remove an article from the favourites.")
    @OptionGroup var options: LibraryOptions
    @Argument(help: "The article's key, or a unique beginning of it.") var key: String
    func run() throws { try Mark.unfavorite.run(prefix: key, options: options) }
}

struct MarkReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mark-read", abstract: "Mark an article as read.")
    @OptionGroup var options: LibraryOptions
    @Argument(help: "The article's key, or a unique beginning of it.") var key: String
    func run() throws { try Mark.markRead.run(prefix: key, options: options) }
}

struct MarkUnreadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mark-unread", abstract: "Mark an article as not read.")
    @OptionGroup var options: LibraryOptions
    @Argument(help: "The article's key, or a unique beginning of it.") var key: String
    func run() throws { try Mark.markUnread.run(prefix: key, options: options) }
}
