import Foundation
import Testing
@testable import YueduImport
import YueduModel

@Suite("The reference page")
struct ReferencePageTests {
    /// The shared sample, when this checkout sits beside ../shared; the
    /// fixture copy must be identical to it.
    @Test func fixture_copy_matches_the_shared_sample_when_present() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = repo.deletingLastPathComponent().appendingPathComponent("shared/samples/\(Fixture.referenceName)").path
        guard let original = FileManager.default.contents(atPath: shared) else {
            // Not an error: a fresh clone has no ../shared; the fixture stands in for it.
            return
        }
        #expect([UInt8](original) == (try Fixture.bytes(Fixture.referenceName)),
                "Tests/YueduImportTests/Fixtures/\(Fixture.referenceName) differs from \(shared)")
    }

    @Test func reference_page_imports_as_exactly_one_article() throws {
        let result = try importPaths([Fixture.path(Fixture.referenceName)])
        #expect(result.failures.isEmpty, "\(result.failures)")
        #expect(result.articles.count == 1)
        #expect(result.origins == [Fixture.path(Fixture.referenceName)])
    }

    @Test func every_field_of_the_reference_page_is_what_the_page_says() throws {
        let article = try #require(try importPaths([Fixture.path(Fixture.referenceName)]).articles.first)
        #expect(article.title == ReferencePage.title)
        #expect(article.site == ReferencePage.site)
        #expect(article.published == PublishedDate(year: 2024, month: 1, day: 8, hour: 9, minute: 30, utcOffsetMinutes: 480))
        #expect(article.published.iso8601 == "2024-01-08T09:30+08:00")
        #expect(article.published.displayString == "2024-01-08 09:30")
        #expect(article.views == ReferencePage.views)
        #expect(article.paragraphs == ReferencePage.paragraphs)
        #expect(article.paragraphs.map { String($0.prefix(2)) } == ["夯实", "下活", "吹响", "打好"])
        #expect(article.source == ReferencePage.source)
        #expect(article.editor == ReferencePage.editor)
        #expect(article.language == .zh)
        #expect(article.url == nil)
        #expect(article.key == ArticleKey.derive(site: ReferencePage.site, title: ReferencePage.title, published: article.published))
        #expect(article.key.count == 16 && article.key.allSatisfy(\.isHexDigit))
    }

    @Test func reference_page_has_eight_related_items_in_page_order() throws {
        let article = try #require(try importPaths([Fixture.path(Fixture.referenceName)]).articles.first)
        #expect(article.related.count == 8)
        for (item, expected) in zip(article.related, ReferencePage.related) {
            #expect(item.title == expected.title)
            #expect(item.source == expected.source)
            #expect(item.dateAsWritten == expected.date)
            #expect(item.excerpt == expected.excerpt)
            #expect(item.excerpt.hasSuffix("..."))
            #expect(item.yearInferred)
            let parts = expected.date.split(separator: "-").compactMap { Int($0) }
            #expect(item.date == PublishedDate(year: 2024, month: parts[0], day: parts[1]))
            #expect(item.targetKey == nil)
        }
    }

    @Test func the_two_panzhihua_items_are_two_items_with_their_own_dates() throws {
        let article = try #require(try importPaths([Fixture.path(Fixture.referenceName)]).articles.first)
        let panzhihua = article.related.filter { $0.title.hasPrefix("攀枝花市仁和区") }
        #expect(panzhihua.count == 2)
        #expect(panzhihua.map(\.dateAsWritten) == ["09-26", "09-13"])
        #expect(panzhihua.map(\.date) == [PublishedDate(year: 2024, month: 9, day: 26), PublishedDate(year: 2024, month: 9, day: 13)])
        #expect(article.related[1].title == article.related[2].title)
    }

    @Test func no_boilerplate_navigation_or_label_line_reaches_the_body() throws {
        let article = try #require(try importPaths([Fixture.path(Fixture.referenceName)]).articles.first)
        let noise = ["版权与免责声明", "凡本网注明", "本网凡注明", "如涉及作品内容", "校体购终极页", "校体购产品",
                     "相关阅读", "来源:", "责任编辑", "我要投稿", "第八届图书馆论坛", "围观"]
        for paragraph in article.paragraphs {
            for phrase in noise { #expect(!paragraph.contains(phrase), "body holds \(phrase)") }
        }
        #expect(!article.paragraphs.contains(ReferencePage.title))
    }
}
