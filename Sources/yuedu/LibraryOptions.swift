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

    /// Opens the library; an upgrade's progress (migrations, a rebuilt
    /// index) is drawn on `progressFD` when it is a terminal, and the line
    /// is gone again before the command prints anything.
    func openStore(progressFD: Int32 = 2) throws -> LibraryStore {
        let line = LibraryProgressLine(fd: progressFD)
        defer { line?.clear() }
        return try LibraryStore.open(location, progress: line.map { line in { (p: LibraryProgress) in line.show(p) } })
    }
}
