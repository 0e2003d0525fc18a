import ArgumentParser
import YueduFetch

/// `--timeout`, shared by the subcommands that fetch pages.
struct FetchOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Give up on a URL after this many seconds, redirects included.", valueName: "seconds"))
    var timeout: Double = 30

    func validate() throws {
        guard timeout > 0, timeout <= 3600 else { throw ValidationError("--timeout must be between 0 and 3600 seconds") }
    }

    /// A stalled transfer counts against the same limit: a server that sends nothing fails within `timeout`.
    var timeouts: FetchTimeouts {
        let total = Duration.milliseconds(Int64(timeout * 1000))
        return FetchTimeouts(connect: min(.seconds(10), total), total: total, lowSpeedTime: min(.seconds(15), total))
    }
}
