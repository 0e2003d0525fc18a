import ArgumentParser
import Foundation
import YueduApp
import YueduHTML
import YueduImport

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the article a web page holds (a file, - or an http(s) URL), without storing it.")

    @OptionGroup var fetch: FetchOptions
    @Option(help: ArgumentHelp("Where a saved page came from: resolves its links, its URL unless it names a canonical one.",
                               valueName: "url"))
    var url: String?
    @Flag(help: "One JSON object: title, url, site, published, author, source, editor, views, lang, encoding, paragraphs, related.")
    var json = false
    @Argument(help: "An HTML file, - for standard input, or an http or https URL.") var source: String

    private var isWebAddress: Bool {
        let lower = source.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    func validate() throws {
        if url != nil, isWebAddress { throw ValidationError("--url is for a saved page; a fetched page's URL is where it was fetched from") }
        if let url, URL(string: url)?.host == nil { throw ValidationError("--url \(Output.plain(url)): not an absolute URL") }
    }

    func run() throws {
        let page: HTMLPage
        if isWebAddress {
            guard let address = URL(string: source) else { throw fail(Output.plain("\(source): not a valid http or https URL")) }
            do {
                page = try WebPageImport.fetchHTML(url: address, timeout: fetch.timeouts).0
            } catch {
                throw fail(error.description)
            }
        } else {
            let name = source == "-" ? "<stdin>" : source
            let bytes: [UInt8]
            do {
                bytes = try InputBytes.read(source, limit: InputBytes.pageLimit, readAs: "an HTML page")
            } catch {
                throw fail(error.description)
            }
            guard HTMLSniffer.looksLikeHTML(Array(bytes.prefix(1024))) else {
                throw fail(Output.plain("\(name): not an HTML page (it does not start with an HTML tag)"))
            }
            do {
                page = try HTMLPage.read(bytes, pageURL: url.flatMap(URL.init(string:)))
            } catch {
                throw fail(Output.plain("\(name): \(error.message)"))
            }
        }
        for note in page.notes { Output.err(Output.plain("\(source): \(note)") + "\n") }
        let extracted = ExtractedJSON(page.extracted, encoding: page.encoding)
        Output.out(json ? try Output.json(extracted) + "\n" : extracted.text)
    }

    /// Says what went wrong, naming the source; the exit status is 1.
    private func fail(_ message: String) -> ExitCode {
        Output.err(message + "\n")
        return ExitCode(1)
    }

}
