import Testing
import YueduModel
@testable import YueduText
import YueduTestSupport

/// The layout's promises checked on real prose at many widths: no row too
/// wide, nothing lost or reordered (only spaces at breaks dropped), and
/// kinsoku broken only where no legal break point existed (forced breaks).
@Suite struct ProseWrapPropertyTests {
    static let fixedWidths = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 20, 24, 30, 37, 45, 60, 80, 100, 120]

    @Test func real_cjk_prose_wraps_within_width_without_losing_text_or_breaking_kinsoku_unforced() throws {
        var random = SplitMix64(seed: 42)
        var totals = (layouts: 0, rows: 0, forced: 0, forcedAtTenOrMore: 0)
        for corpus in try ProseCorpus.all(samplesPerCorpus: 120) {
            var forcedInCorpus = 0
            for paragraph in corpus.paragraphs {
                // Every width 2…120 is drawn somewhere in the run, besides the fixed ones.
                let widths = Self.fixedWidths + [2 + Int(random.next() % 119), 2 + Int(random.next() % 119)]
                for width in widths {
                    let result = check(paragraph, corpus: corpus, width: width)
                    totals.layouts += 1
                    totals.rows += result.rows
                    forcedInCorpus += result.forcedKinsokuBreaks
                    if width >= 10 { totals.forcedAtTenOrMore += result.forcedKinsokuBreaks }
                }
            }
            totals.forced += forcedInCorpus
            print("\(corpus.name): \(corpus.paragraphs.count) paragraphs, \(forcedInCorpus) forced breaks against kinsoku")
        }
        print("prose property: \(totals.layouts) layouts, \(totals.rows) rows, \(totals.forced) forced kinsoku breaks "
              + "(\(totals.forcedAtTenOrMore) of them at widths ≥ 10)")
        #expect(totals.layouts > 1000)
    }

    private func check(_ paragraph: String, corpus: ProseCorpus, width: Int) -> (rows: Int, forcedKinsokuBreaks: Int) {
        let options = LayoutOptions(width: width, locale: corpus.locale, indentFirstLine: corpus.indent)
        let text = (corpus.indent ? ParagraphLayout.indent : "") + Sanitizer.sanitize(paragraph)
        let line = ClusterLine(text)
        let breaks = BreakOpportunities(line, locale: corpus.locale, koreanKeepAll: true)
        let rows = GreedyWrap.rows(line, breaks: breaks, width: width, hanging: false)
        let context = Comment(rawValue: "\(corpus.name) at width \(width): \(paragraph.prefix(60))")

        // The public entry point lays out exactly these rows.
        #expect(LineWrapper.wrap(paragraph, options: options) == rows.map { String(line.slice($0)) }, context)

        var forced = 0
        var expectedStart = 0
        for (k, row) in rows.enumerated() {
            // No row wider than the pane (a lone cluster wider than it has nowhere else to go).
            #expect(line.width(of: row) <= width || row.count == 1, context)
            // Nothing lost or reordered: between rows only break spaces are missing.
            #expect(row.lowerBound >= expectedStart, context)
            #expect((expectedStart..<row.lowerBound).allSatisfy { line.isSpace[$0] && k > 0 }, context)
            expectedStart = row.upperBound
            if k + 1 < rows.count && breaksKinsoku(line, row: row, next: rows[k + 1].lowerBound) {
                forced += 1
                #expect(!hasLegalBreak(line, in: row) || breaks.isInsideURL(rows[k + 1].lowerBound),
                        "kinsoku broken where a legal break existed: \(context) | \(line.slice(row))| \(line.slice(rows[k + 1]))")
            }
        }
        #expect((expectedStart..<line.count).allSatisfy { line.isSpace[$0] }, context)
        #expect(rows.first?.lowerBound == 0, context)
        return (rows.count, forced)
    }

    private func breaksKinsoku(_ line: ClusterLine, row: Range<Int>, next: Int) -> Bool {
        guard !row.isEmpty else { return false }
        return Kinsoku.cannotStartLine(line.lead[next]) || Kinsoku.cannotEndLine(line.lead[row.upperBound - 1])
    }

    /// A boundary inside the row where a break would have kept both rules.
    private func hasLegalBreak(_ line: ClusterLine, in row: Range<Int>) -> Bool {
        guard row.count > 1 else { return false }
        for j in (row.lowerBound + 1)...row.upperBound where !line.isSpace[j - 1] || j == row.upperBound {
            var start = j
            while start < line.count && line.isSpace[start] { start += 1 }
            var end = j - 1
            while end > row.lowerBound && line.isSpace[end] { end -= 1 }
            if start < line.count && !Kinsoku.cannotStartLine(line.lead[start]) && !Kinsoku.cannotEndLine(line.lead[end]) {
                return true
            }
        }
        return false
    }
}

