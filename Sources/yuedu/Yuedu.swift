import ArgumentParser

@main
struct Yuedu: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yuedu",
        abstract: "A terminal reader for Chinese, Japanese and Korean articles.",
        version: "0.1.0",
        subcommands: [Fmt.self]
    )
}
