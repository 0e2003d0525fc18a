import ArgumentParser

@main
struct YueduBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yuedu-bench",
        abstract: "Benchmarks and the corpus generator.",
        subcommands: [
            LayoutBenchmark.self,
            CorpusCommand.self,
            RunCommand.self,
            ScreenCommand.self,
            SearchBenchCommand.self,
            PrepareCommand.self,
            ConvertBenchmark.self,
            ExtractCommand.self,
        ]
    )
}
