import ArgumentParser
import YueduStore

/// `--library PATH`, shared by every subcommand.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The library file (default: $YUEDU_LIBRARY, else $XDG_DATA_HOME/yuedu/library.sqlite, "
            + "else ~/.local/share/yuedu/library.sqlite).",
        valueName: "path"))
    var library: String?

    var location: LibraryLocation { LibraryLocation.resolve(explicit: library) }

    func openStore() throws -> LibraryStore { try LibraryStore.open(location) }
}
