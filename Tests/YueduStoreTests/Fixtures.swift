import Foundation
import YueduModel
@testable import YueduStore

/// Small articles for Given steps; every field has a sensible default.
func makeArticle(_ key: String, title: String? = nil, site: String = "教育装备采购网",
                 published: PublishedDate = PublishedDate(year: 2024, month: 1, day: 8, hour: 9, minute: 30, utcOffsetMinutes: 480),
                 paragraphs: [String] = ["夯实基础。", "下活一盘棋。"], source: String = "四川省教育厅",
                 editor: String = "逯红栋", related: [RelatedItem] = []) -> Article {
    Article(key: key, url: key.hasPrefix("https://") ? key : nil, site: site, title: title ?? "标题 \(key)",
            published: published, views: 727, paragraphs: paragraphs, source: source, editor: editor,
            language: .zh, related: related)
}

func day(_ year: Int, _ month: Int, _ day: Int) -> PublishedDate {
    PublishedDate(year: year, month: month, day: day)
}

func relatedItem(_ title: String, source: String = "四川省教育厅", date: PublishedDate? = nil) -> RelatedItem {
    RelatedItem(title: title, source: source, dateAsWritten: date.map { String($0.dateString.dropFirst(5)) } ?? "",
                date: date, yearInferred: date != nil, excerpt: "摘要...")
}

