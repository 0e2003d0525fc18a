/// Everything measured at one library size.
struct SizeResult {
    var articles: Int
    var rawTextBytes: Int
    var importFigures: ImportFigures?
    var screen: ScreenFigures?
    var screenError: String?
    var search: SearchFigures?
    var searchError: String?
    /// `yuedu stats`, one sample per run.
    var stats = Samples()
}

/// One row of the table: how to show a figure and, for the targets,
/// whether the 100,000-article figure meets it, and the 1,000,000 one
/// (issue 14: most targets there are those at 100,000).
struct Metric {
    let label: String
    let show: (SizeResult) -> String?
    let target: String
    let meets: ((SizeResult) -> Bool?)?
    let millionTarget: String
    let meetsAtMillion: ((SizeResult) -> Bool?)?

    /// `atMillion` nil: the target at 1,000,000 is the one at 100,000.
    init(_ label: String, target: String = "", show: @escaping (SizeResult) -> String?,
         meets: ((SizeResult) -> Bool?)? = nil, atMillion: (target: String, meets: (SizeResult) -> Bool?)? = nil) {
        self.label = label; self.show = show; self.target = target; self.meets = meets
        millionTarget = atMillion?.target ?? target
        meetsAtMillion = atMillion?.meets ?? meets
    }
}

enum Metrics {
    static func ms(_ s: Double) -> String { Format.milliseconds(s) }
    static func pair(_ s: Samples, _ p: Double) -> String? {
        guard let median = s.median, let tail = s.percentile(p) else { return nil }
        return ms(median) + " / " + ms(tail)
    }

    static var all: [Metric] { [
        Metric("raw article text (title+body)", show: { Format.mebibytes($0.rawTextBytes) }),
        Metric("import: wall time", target: "<= 20 s",
               show: { $0.importFigures?.seconds.median.map(Format.seconds) },
               meets: { $0.importFigures?.seconds.median.map { $0 <= 20 } },
               atMillion: ("<= 150 s", { $0.importFigures?.seconds.median.map { $0 <= 150 } })),
        Metric("  writing articles + related", show: { $0.importFigures?.phases.articles.median.map(Format.seconds) }),
        Metric("  writing the search index", show: { $0.importFigures?.phases.searchIndex.median.map(Format.seconds) }),
        Metric("  commits (pages to disk)", show: { $0.importFigures?.phases.commit.median.map(Format.seconds) }),
        Metric("  reading + folding, alongside", show: {
            $0.importFigures?.phases.reading.median.map(Format.seconds) }),
        Metric("import: articles/s", show: { r in
            r.importFigures?.seconds.median.map { Format.fixed(Double(r.articles) / $0, 0) } }),
        Metric("import: peak RSS", show: { r in
            r.importFigures.flatMap { Samples($0.peakRSSBytes.map(Double.init)).median }.map { Format.mebibytes(Int($0)) } }),
        Metric("library size (sqlite + wal)", show: { $0.importFigures.map { Format.mebibytes($0.libraryBytes) } }),
        Metric("library / raw text", target: "<= 2.5x", show: { r in
            r.importFigures.map { Format.fixed(Double($0.libraryBytes) / Double(r.rawTextBytes), 2) + "x" } },
               meets: { r in r.importFigures.map { Double($0.libraryBytes) <= 2.5 * Double(r.rawTextBytes) } }),
        Metric("yuedu stats (median)", target: "<= 100 ms", show: { $0.stats.median.map(ms) },
               meets: { $0.stats.median.map { $0 <= 0.100 } },
               atMillion: ("<= 1 s", { $0.stats.median.map { $0 <= 1 } })),
        Metric("first screen, cold", show: { r in
            r.screen.flatMap { s in s.firstScreenCold.map(ms) ?? s.coldNote.map { _ in "n/a" } } }),
        Metric("first screen, warm (median)", target: "<= 50 ms",
               show: { $0.screen?.firstScreenWarm.median.map(ms) },
               meets: { $0.screen?.firstScreenWarm.median.map { $0 <= 0.050 } }),
        Metric("harness floor: sh printf (median)", show: { $0.screen?.harnessFloor.median.map(ms) }),
        Metric("first screen, warm, over the floor", target: "<= 15 ms over floor",
               show: { $0.screen?.overFloor.map(ms) },
               meets: { $0.screen?.overFloor.map { $0 <= 0.015 } }),
        Metric("open article (median / p95)", target: "median <= 20 ms",
               show: { $0.screen.flatMap { pair($0.openArticle, 95) } },
               meets: { $0.screen?.openArticle.median.map { $0 <= 0.020 } }),
        Metric("list j to screen (median / p99)", target: "p99 <= 16 ms",
               show: { $0.screen.flatMap { pair($0.listDown, 99) } },
               meets: { $0.screen?.listDown.percentile(99).map { $0 <= 0.016 } }),
        Metric("article j to screen (median / p99)", target: "p99 <= 16 ms",
               show: { $0.screen.flatMap { pair($0.articleDown, 99) } },
               meets: { $0.screen?.articleDown.percentile(99).map { $0 <= 0.016 } }),
        Metric("article Space to screen (median / p99)", target: "p99 <= 16 ms",
               show: { $0.screen.flatMap { pair($0.articlePage, 99) } },
               meets: { $0.screen?.articlePage.percentile(99).map { $0 <= 0.016 } }),
        Metric("reader peak RSS (VmHWM)", target: "<= 60 MiB",
               show: { $0.screen?.peakRSSBytes.map(Format.mebibytes) },
               meets: { $0.screen?.peakRSSBytes.map { $0 <= 60 * 1_048_576 } }),
    ] + SearchFigures.metrics }
}
