import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// `yuedu-bench corpus`: writes a deterministic corpus of Chinese news in the
/// JSON Lines import format.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Write N articles of generated Chinese news as JSON Lines (same seed, same bytes)."
    )

    @Option(help: "How many articles.") var count: Int = 1000
    @Option(help: "Seed of the generator.") var seed: UInt64 = 1
    @Option(help: "The JSON Lines file to write.") var output: String

    func validate() throws {
        guard count >= 1 else { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        let start = Clock.now
        let summary = try CorpusGenerator(count: count, seed: seed).write(to: output)
        let seconds = Clock.now - start
        print("articles: \(summary.articles)")
        print("raw text (title+body) UTF-8 bytes: \(summary.rawTextBytes) (\(Format.mebibytes(summary.rawTextBytes)))")
        print("file bytes: \(summary.fileBytes) (\(Format.mebibytes(summary.fileBytes)))")
        print("related items: \(summary.relatedItems), naming corpus articles: \(summary.relatedInCorpus)")
        print("generated in \(Format.seconds(seconds))")
    }
}
