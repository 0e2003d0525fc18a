import ArgumentParser
import Foundation
import YueduModel
import YueduStore

/// `yuedu export`: the favourites as a reading list to share, or the whole
/// library as JSON Lines that `yuedu import` reads back losslessly.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the favourites as a reading list, or the whole library as JSON Lines.",
        discussion: """
            --favorites writes a reading list (Markdown, JSON or HTML). --all writes every article in the \
            JSON Lines import format, which `yuedu import` reads back as the same articles (reader state, \
            such as read marks, travels with `yuedu export-state`).
            """)

    @OptionGroup var options: LibraryOptions
    @Flag(name: .customLong("favorites"), help: "Export the favourites as a reading list.") var favorites = false
    @Flag(name: .customLong("all"), help: "Export every article as JSON Lines in the import format.") var all = false
    @Option(help: "md, json or html for a reading list (--favorites); jsonl, the only one, for --all.")
    var format: ExportFormat?
    @Argument(help: ArgumentHelp("Where to write (default: standard output).", valueName: "file")) var file: String?

    func validate() throws {
        guard favorites != all else { throw ValidationError("say what to export: --favorites or --all") }
        if all, let format, format != .jsonl {
            throw ValidationError("--all writes JSON Lines (--format jsonl); \(format) is a reading list format, for --favorites")
        }
        if favorites, format == .jsonl {
            throw ValidationError("--format jsonl is for --all; a reading list is md, json or html")
        }
    }

    func run() throws {
        let store = try options.openStore()
        let text: String
        if all {
            text = try Self.jsonLines(Self.articles(store, .all))
        } else {
            text = try ReadingList.render(Self.articles(store, .favorites), as: format?.readingList ?? .md)
        }
        if let file {
            do { try OutputFile.write(text, to: file) } catch {
                throw ValidationError("cannot write \(file): \(error.localizedDescription)")
            }
        } else {
            Output.out(text)
        }
    }

    /// Every article of a view, newest first, ties by key, so two libraries
    /// holding the same articles export the same bytes.
    static func articles(_ store: LibraryStore, _ filter: ArticleFilter) throws -> [Article] {
        var out: [Article] = []
        let pageSize = 500
        var offset = 0
        while true {
            let page = try store.page(filter, offset: offset, limit: pageSize)
            for summary in page {
                if let detail = try store.detail(key: summary.key) { out.append(detail.article) }
            }
            if page.count < pageSize { break }
            offset += pageSize
        }
        return out.sorted { ($0.published, $1.key) > ($1.published, $0.key) }
    }

    static func jsonLines(_ articles: [Article]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        for article in articles {
            out += String(decoding: try encoder.encode(ExportRecord(article: article)), as: UTF8.self) + "\n"
        }
        return out
    }
}

/// What `--format` names: a reading list's format, or the JSON Lines of `--all`.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case md, json, html, jsonl

    var readingList: ReadingListFormat? { ReadingListFormat(rawValue: rawValue) }
}
