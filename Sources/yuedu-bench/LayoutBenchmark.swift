import ArgumentParser
import Foundation
import YueduModel
import YueduText
import YueduTestSupport

/// `yuedu-bench layout`: throughput of the text engine on a deterministic
/// 1 MB Chinese article (issue 3 target: ≥ 20 MB/s, so 1 MB in < 50 ms), and
/// of the search fold that index building runs over every article.
struct LayoutBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layout",
        abstract: "Layout and search-fold throughput on a generated 1 MB Chinese text."
    )

    @Option(help: "Approximate size of the generated text in bytes.")
    var bytes: Int = 1_000_000

    @Option(help: "Timed repetitions per width (the best is reported).")
    var repetitions: Int = 5

    @Flag(help: "Time with this thread's CPU clock instead of the wall clock, so other processes on a shared machine do not count.")
    var cpuClock = false

    func run() throws {
        let paragraphs = ChineseProse.paragraphs(totalBytes: bytes)
        let size = paragraphs.reduce(0) { $0 + $1.utf8.count }
        print("text: \(paragraphs.count) paragraphs, \(size) bytes UTF-8; clock: \(cpuClock ? "thread CPU time" : "wall")")
        for width in [40, 80, 120] {
            let options = LayoutOptions.forLanguage("zh", width: width)
            var rows = 0
            let seconds = best(of: repetitions) {
                rows = 0
                for paragraph in paragraphs { rows += LineWrapper.wrap(paragraph, options: options).count }
            }
            print(String(format: "layout width %3d: %7.1f MB/s  (%.1f ms per MB, %d rows)",
                         width, Double(size) / seconds / 1e6, seconds * 1e3 * 1e6 / Double(size), rows))
        }
        let withSources = best(of: repetitions) {
            for paragraph in paragraphs { _ = LineWrapper.rows(paragraph, options: LayoutOptions.forLanguage("zh", width: 80)) }
        }
        print(String(format: "layout width  80 with source offsets (LineWrapper.rows): %.1f MB/s", Double(size) / withSources / 1e6))
        // Sanitizing's slow path: every paragraph holds an escape sequence and an emoji sequence.
        let hostile = paragraphs.map { "\u{1B}[1m👍🏽\u{1B}[m" + $0 + "👨‍👩‍👧" }
        let hostileSize = hostile.reduce(0) { $0 + $1.utf8.count }
        let sanitizeSeconds = best(of: repetitions) { for paragraph in hostile { _ = Sanitizer.sanitize(paragraph) } }
        print(String(format: "sanitize, every paragraph rewritten: %.1f MB/s", Double(hostileSize) / sanitizeSeconds / 1e6))
        let whole = paragraphs.joined()
        let oneParagraph = best(of: repetitions) { _ = LineWrapper.wrap(whole, options: LayoutOptions.forLanguage("zh", width: 80)) }
        print(String(format: "layout as one %d-byte paragraph at 80: %.1f MB/s", whole.utf8.count,
                     Double(whole.utf8.count) / oneParagraph / 1e6))
        let articles = stride(from: 0, to: paragraphs.count, by: 4).map {
            paragraphs[$0..<min($0 + 4, paragraphs.count)].joined(separator: "\n")
        }
        reportFold(articles, label: "Simplified")
        // Traditional text is the slow case: it goes through OpenCC.
        let traditional = ChineseProse.paragraphs(totalBytes: bytes, traditional: true)
        reportFold(stride(from: 0, to: traditional.count, by: 4).map {
            traditional[$0..<min($0 + 4, traditional.count)].joined(separator: "\n")
        }, label: "Traditional")
    }

    private func reportFold(_ articles: [String], label: String) {
        let size = articles.reduce(0) { $0 + $1.utf8.count }
        let seconds = best(of: repetitions) { for article in articles { _ = SearchFold.fold(article) } }
        let rate = Double(size) / seconds / 1e6
        print(String(format: "search fold, %@: %.1f MB/s over %d articles; 100,000 articles of 2 KB: %.1f s",
                     label, rate, articles.count, 200.0 / rate))
    }

    private func best(of count: Int, _ body: () -> Void) -> Double {
        body()  // warm up: width table, ICU rules, OpenCC dictionaries
        var bestSeconds = Double.infinity
        for _ in 0..<max(count, 1) {
            let start = now()
            body()
            bestSeconds = min(bestSeconds, now() - start)
        }
        return bestSeconds
    }

    private func now() -> Double {
        guard cpuClock else { return Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Deterministic, realistic-looking Chinese prose: sentences of common
/// words with Chinese punctuation and quotes, now and then Latin words,
/// numbers, dates and URLs, in paragraphs of 100–400 characters.
enum ChineseProse {
    static func paragraphs(totalBytes: Int, traditional: Bool = false) -> [String] {
        var random = SplitMix64(seed: 2024)
        var result: [String] = []
        var size = 0
        while size < totalBytes {
            var paragraph = ""
            let target = 100 + Int(random.next() % 300)
            while paragraph.count < target { paragraph += sentence(&random, words: traditional ? traditionalWords : words) }
            size += paragraph.utf8.count
            result.append(paragraph)
        }
        return result
    }

    private static let words = [
        "我们", "发展", "教育", "经济", "社会", "城市", "乡村", "学生", "老师", "政府", "企业", "技术", "创新",
        "文化", "历史", "今天", "明年", "已经", "正在", "可以", "需要", "继续", "推进", "建设", "改革", "提高",
        "质量", "服务", "人民", "生活", "问题", "工作", "研究", "发现", "重要", "基础", "全面", "数字化", "共同体",
        "高质量", "现代化", "的", "了", "在", "和", "是", "也", "都", "对", "将", "把", "被", "与", "中", "上",
    ]
    private static let traditionalWords = [
        "我們", "發展", "教育", "經濟", "社會", "城市", "鄉村", "學生", "老師", "政府", "企業", "技術", "創新",
        "文化", "歷史", "今天", "明年", "已經", "正在", "可以", "需要", "繼續", "推進", "建設", "改革", "提高",
        "質量", "服務", "人民", "生活", "問題", "工作", "研究", "發現", "重要", "基礎", "全面", "數位化", "共同體",
        "高品質", "現代化", "的", "了", "在", "和", "是", "也", "都", "對", "將", "把", "被", "與", "中", "上",
    ]
    private static let inserts = [
        "Swift", "iPhone 15", "AI", "GDP", "5G", "2024年", "3.5%", "120万", "COVID-19", "Linux",
        "https://example.com/news/2024/01/08?id=12345", "2024-01-08 09:30", "www.gov.cn",
    ]
    private static let pauses = ["，", "，", "，", "、", "；", "："]
    private static let stops = ["。", "。", "。", "！", "？", "……", "。”"]

    private static func sentence(_ random: inout SplitMix64, words: [String]) -> String {
        var s = random.next() % 9 == 0 ? "“" : ""
        let clauses = 1 + Int(random.next() % 3)
        for clause in 0..<clauses {
            for _ in 0..<(3 + Int(random.next() % 6)) {
                if random.next() % 23 == 0 { s += inserts[Int(random.next() % UInt64(inserts.count))] }
                s += words[Int(random.next() % UInt64(words.count))]
            }
            s += clause + 1 < clauses ? pauses[Int(random.next() % UInt64(pauses.count))] : ""
        }
        let stop = stops[Int(random.next() % UInt64(stops.count))]
        return s + (s.hasPrefix("“") && !stop.hasSuffix("”") ? stop + "”" : stop)
    }
}

