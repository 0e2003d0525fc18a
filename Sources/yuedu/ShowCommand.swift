import ArgumentParser
import Foundation
import YueduStore
import YueduText

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print one article: its text, or everything as JSON.")

    @OptionGroup var options: LibraryOptions
    @Argument(help: "The article's key, or a unique beginning of it.") var key: String
    @Flag(help: "One JSON object with the paragraphs and related items.") var json = false
    @Option(help: "Wrap the text to this many columns (default: the terminal's, else 80).") var width: Int?
    @Option(help: ArgumentHelp("Show the text in another script with this OpenCC conversion (e.g. s2twp, tw2sp).", valueName: "name"))
    var convert: ScriptConversion = .none

    func validate() throws {
        if let width, width < 10 { throw ValidationError("--width must be at least 10") }
    }

    func run() throws {
        let store = try options.openStore()
        let fullKey = try store.resolveKey(prefix: key)
        guard let stored = try store.detail(key: fullKey) else { throw LibraryError.noSuchArticle(prefix: key) }
        let detail = try ConvertedArticle.convert(stored, convert)
        if json {
            Output.out(try Output.json(ArticleDetailJSON(detail)) + "\n")
        } else {
            Output.out(ArticleText.render(detail, width: width ?? Output.terminalColumns() ?? 80))
        }
    }
}
