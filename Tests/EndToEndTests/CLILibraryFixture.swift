import Foundation
import YueduModel
import YueduStore

/// Libraries for CLI tests, built through the store API (the same code the
/// import command calls), since a test must not depend on the parsers.
enum CLILibraryFixture {
    static let reference = Article(
        key: "https://www.example.cn/news/509d968b", url: "https://www.example.cn/news/509d968b",
        site: "教育装备采购网", title: "四川古蔺县实施“四大工程”助推城乡教育一体化发展",
        published: PublishedDate(year: 2024, month: 1, day: 8, hour: 9, minute: 30, utcOffsetMinutes: 480),
        views: 727,
        paragraphs: ["夯实基础，古蔺县持续推进城乡学校标准化建设，让每一所乡村学校都有一样的教室、一样的操场。",
                     "下活一盘棋。", "吹响集结号。", "打好组合拳。"],
        source: "四川省教育厅", editor: "逯红栋", language: .zh,
        related: [
            RelatedItem(title: "攀枝花市仁和区：教育新篇", source: "仁和区教体局", dateAsWritten: "09-26",
                        date: PublishedDate(year: 2024, month: 9, day: 26), yearInferred: true, excerpt: "仁和区……"),
            RelatedItem(title: "不在库中的文章", source: "某地", dateAsWritten: "09-13",
                        date: PublishedDate(year: 2024, month: 9, day: 13), yearInferred: true, excerpt: "摘要...",
                        url: "https://www.example.cn/news/missing"),
        ])

    static let older = Article(
        key: "https://www.example.cn/news/renhe", url: "https://www.example.cn/news/renhe", site: "仁和新闻",
        title: "攀枝花市仁和区：教育新篇", published: PublishedDate(year: 2023, month: 9, day: 26),
        views: nil, paragraphs: ["第一段。"], source: "仁和区教体局", editor: "张三", language: .zh)

    static let korean = Article(
        key: "kr-seoul-1", site: "서울신문", title: "서울 교육청 새 정책 발표",
        published: PublishedDate(year: 2022, month: 3, day: 1, hour: 8, minute: 0, utcOffsetMinutes: 540),
        views: 12, paragraphs: ["서울시 교육청은 오늘 새로운 정책을 발표했다."], source: "교육청", editor: "김철수", language: .ko)

    /// The three articles above in the runner's library.
    static func populate(_ runner: CLIRunner) throws {
        let store = try LibraryStore.open(LibraryLocation(path: runner.libraryPath, isExplicit: true))
        _ = try store.upsert([reference, older, korean], importedAt: 1_700_000_000)
    }
}
