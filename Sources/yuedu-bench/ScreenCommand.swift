import ArgumentParser
import Foundation
import YueduTestSupport

/// `yuedu-bench screen`: only the first-screen figures of `run` (harness
/// floor, warm launches, cold when possible) on an existing library, for
/// profiling startup without an import per try.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Time the reader's first screen on an existing library against the harness floor, in tmux."
    )

    @Option(help: "The library to open.") var library: String
    @Option(help: "The yuedu binary (default: beside this one).") var yuedu: String?
    @Option(help: "Warm launches timed (each after one of the floor).") var launches: Int = 20
    @Option(help: "Terminal width.") var width: Int = 120
    @Option(help: "Terminal height.") var height: Int = 40

    func run() throws {
        let log: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        let bench = ScreenBench(yuedu: yuedu ?? RunCommand.sibling("yuedu"), library: library, launches: launches,
                                keys: 0, opens: 0, width: width, height: height, log: log)
        let tmux = try TmuxServer(width: width, height: height, command: ["sleep", "1000000"])
        defer { tmux.close() }
        var figures = ScreenFigures()
        try bench.firstScreens(tmux, into: &figures)
        func line(_ name: String, _ s: Samples) -> String {
            "\(name): median \(Format.milliseconds(s.median ?? 0)), p90 \(Format.milliseconds(s.percentile(90) ?? 0)), "
                + "min \(Format.milliseconds(s.values.min() ?? 0)) over \(s.count)"
        }
        print(line("harness floor", figures.harnessFloor))
        print(line("first screen, warm", figures.firstScreenWarm))
        print("first screen, warm, over the floor: " + (figures.overFloor.map(Format.milliseconds) ?? "-"))
        print("first screen, cold: " + (figures.firstScreenCold.map(Format.milliseconds) ?? figures.coldNote ?? "-"))
    }
}
