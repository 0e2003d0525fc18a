import Foundation
import Testing
@testable import YueduApp
import YueduCore
import YueduModel

@Suite struct BackgroundLayoutTests {
    init() { setlocale(LC_ALL, "C.UTF-8") }

    @Test func the_latest_request_is_answered_and_requests_replaced_while_queued_are_skipped() throws {
        var text = ""
        for n in 0..<12_000 { text += "第\(n)句，教育装备。" }
        let detail = ArticleDetail(id: 1, article: sampleArticle(1, paragraphs: [text]), state: ReaderState(key: "a1"))
        let layouts = BackgroundLayout()
        for width in [20, 30, 40, 50] { layouts.start(detail, width: width, preferences: Preferences()) }
        let deadline = Date().addingTimeInterval(120)
        while layouts.isBusy, Date() < deadline { usleep(10_000) }
        #expect(!layouts.isBusy)

        let answers = layouts.collect()
        // 30 and 40 waited behind 20 and were replaced by 50 before their turn.
        #expect(answers.count <= 2)
        #expect(answers.last == .articleLaidOut(key: "a1", ArticleDocument.layout(detail, width: 50)))
        #expect(layouts.collect().isEmpty)
    }
}
