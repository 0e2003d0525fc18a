import ArgumentParser
import Foundation
import YueduText

/// `yuedu-bench convert`: how long the reader's script conversion takes for
/// one 1 MB article (issue 15 target: under 50 ms), plain and with the
/// offset maps the reader keeps for highlights and reading positions.
struct ConvertBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Script conversion (OpenCC) time for a generated 1 MB Chinese article."
    )

    @Option(help: "Approximate size of the generated article in bytes.")
    var bytes: Int = 1_000_000

    @Option(help: "Convert this UTF-8 text file (paragraphs separated by blank lines) instead.")
    var file: String?

    @Option(help: "Timed repetitions per conversion (the best is reported).")
    var repetitions: Int = 5

    @Flag(help: "Time with this thread's CPU clock instead of the wall clock, so other processes on a shared machine do not count.")
    var cpuClock = false

    @Option(help: "Conversions to time, comma separated.")
    var conversions: String = "s2t,s2twp,s2hk,t2s,tw2sp"

    func run() throws {
        var list: [ScriptConversion] = []
        for name in conversions.split(separator: ",") {
            guard let conversion = ScriptConversion(name: String(name)) else {
                throw ValidationError(ScriptConversionError.unknownName(String(name)).description)
            }
            list.append(conversion)
        }
        let simplified: [String], traditional: [String]
        if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw ValidationError("\(file): cannot read it as UTF-8 text")
            }
            simplified = LineWrapper.paragraphs(of: text)
            traditional = simplified
        } else {
            simplified = ChineseProse.paragraphs(totalBytes: bytes)
            traditional = ChineseProse.paragraphs(totalBytes: bytes, traditional: true)
        }
        print("clock: \(cpuClock ? "thread CPU time" : "wall")")
        for conversion in list {
            let readsTraditional = conversion.rawValue.hasPrefix("t") || conversion.rawValue.hasPrefix("hk")
            let paragraphs = readsTraditional ? traditional : simplified
            let size = paragraphs.reduce(0) { $0 + $1.utf8.count }
            let article = ArticleDisplayText(title: paragraphs.first ?? "", meta: "", paragraphs: paragraphs, related: [])
            let plain = try best { for p in paragraphs { _ = try ScriptConverter.convert(p, conversion) } }
            let mapped = try best {
                var cache = DisplayConversionCache()
                _ = try cache.converted(article, key: "bench", conversion: conversion)
            }
            let perMB = 1e6 / Double(size) * 1e3
            let name = conversion.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
            print(name + String(format: " %d paragraphs, %d bytes: text %.1f ms (%.1f ms per MB), with offset maps %.1f ms (%.1f ms per MB)",
                         paragraphs.count, size, plain * 1e3, plain * perMB, mapped * 1e3, mapped * perMB))
        }
    }

    /// Best wall time of `repetitions` runs, after one untimed run that opens the dictionaries.
    private func best(_ body: () throws -> Void) throws -> Double {
        try body()
        var bestSeconds = Double.infinity
        for _ in 0..<max(repetitions, 1) {
            let start = now()
            try body()
            bestSeconds = min(bestSeconds, now() - start)
        }
        return bestSeconds
    }

    private func now() -> Double {
        guard cpuClock else { return Clock.now }
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
