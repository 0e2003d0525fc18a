import ArgumentParser
import YueduModel

@main
struct Yuedu: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yuedu",
        abstract: "A terminal reader for Chinese, Japanese and Korean articles.",
        version: YueduVersion.current,
        subcommands: [
            ReadCommand.self, ImportCommand.self, AddCommand.self, ExtractCommand.self, KeysCommand.self, ListCommand.self, ShowCommand.self,
            FavoriteCommand.self, UnfavoriteCommand.self, MarkReadCommand.self, MarkUnreadCommand.self,
            ExportStateCommand.self, ImportStateCommand.self, StatsCommand.self,
            SearchCommand.self, DoctorCommand.self, Fmt.self, FeedCommand.self, UpdateCommand.self,
            ExportCommand.self, ConfigCommand.self, ManCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )
}
