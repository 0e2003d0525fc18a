import ArgumentParser
import Foundation
import YueduApp
import YueduFetch

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Fetch web pages and import their articles (- reads URLs from standard input, one a line).",
        discussion: """
            A few pages are fetched at once (at most 2 from one host). Each failure names its URL; \
            the exit status is 1 when any URL failed.
            """)

    @OptionGroup var options: LibraryOptions
    @OptionGroup var fetch: FetchOptions
    @Argument(help: "http or https URLs, or - for standard input.") var urls: [String]

    func validate() throws {
        if urls.isEmpty { throw ValidationError("give at least one URL to add (or - to read them from standard input)") }
    }

    func run() throws {
        let store = try options.openStore()
        let texts = urls.flatMap { $0 == "-" ? Self.readURLs() : [$0] }
        var tally = ImportTally()
        var parsed: [URL] = []
        for text in texts {
            guard let url = URL(string: text), url.scheme != nil else {
                tally.failed += 1
                Output.err(Output.plain(FetchError.invalidURL(text).description) + "\n")
                continue
            }
            parsed.append(url)
        }
        let client = HTTPClient()
        let timeouts = fetch.timeouts
        try FetchPool.run(parsed, job: { url in
            Result { () throws(WebPageError) -> FetchedPage in try WebPageImport.fetch(url: url, client: client, timeout: timeouts) }
        }, each: { _, result in
            do {
                let added = try WebPageImport.store(try result.get(), into: store)
                for note in added.notes { Output.err(Output.plain("\(added.key): \(note)") + "\n") }
                switch added.outcome {
                case .new: tally.new += 1
                case .updated: tally.updated += 1
                case .unchanged: tally.unchanged += 1
                case .failed: tally.failed += 1  // `store` throws instead
                }
            } catch let error as WebPageError {
                tally.failed += 1
                Output.err(error.description + "\n")
            }
        })
        Output.out(tally.summary + "\n")
        if tally.failed > 0 { throw ExitCode(1) }
    }

    /// One URL a line; blank lines and `#` comments skipped.
    static func readURLs() -> [String] {
        var lines: [String] = []
        while let line = readLine() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty, !trimmed.hasPrefix("#") { lines.append(trimmed) }
        }
        return lines
    }
}
