import Testing
@testable import YueduCore
import YueduModel
import YueduText
@testable import YueduUI
import YueduTestSupport

/// Key and resize storms against the pure reducer and renderer: seeded random
/// keys and sizes (1×1 and 0×0 included), answered effects mixed in, and
/// after every step the rendered buffer must be exactly the screen's size
/// with every row exactly its width, wide characters whole.
@Suite struct StormPropertyTests {
    init() { _ = TestLocale.ready }

        static let keys: [Key] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .tab, .backTab, .escape,
        .backspace, .delete, .function(1), .function(12),
        .control("d"), .control("u"), .control("f"), .control("b"), .control("a"), .control("e"), .control("h"),
    ] + "jkgGhlHL[]frvSnN?/ 123456789qbx经中👍\u{1B}\u{7}é".map { Key.character($0) }

    /// Sizes that stress the layout modes and their edges.
    static let sizes: [(Int, Int)] = [(0, 0), (1, 1), (0, 5), (5, 0), (2, 2), (3, 1), (12, 4), (19, 7), (20, 8),
                                      (30, 10), (45, 12), (59, 15), (80, 24), (121, 41), (200, 50)]

    /// An article with everything the panes draw: long CJK title, mixed
    /// scripts, emoji, hostile controls, many related items.
    static let detail = Fixture.detail(
        "k3", title: String(repeating: "很长的中文标题👍", count: 12) + "\u{1B}]0;title\u{7}",
        paragraphs: [String(repeating: "今年以来经济运行总体平稳。日本語の文章。한국어 문장 👨‍👩‍👧 ", count: 30),
                     "\u{1B}[31mred\u{1B}[0m \u{202E}bidi\u{202C} \u{9B}31m C1 \u{0}NUL", "短。",
                     // One grapheme 62 columns wide (Hangul L jamo join the syllable after them).
                     String(repeating: "\u{1100}", count: 30) + "가 后文"],
        related: (1...15).map { Fixture.related("相关阅读第\($0)条标题相当长相当长相当长", target: $0 % 2 == 0 ? "k\($0)" : nil) },
        isRead: false)

    /// Problems with `buffer` as a `width`×`height` screen: empty when sound.
    static func problems(_ buffer: CellBuffer, width: Int, height: Int) -> [String] {
        var found: [String] = []
        if buffer.width != max(0, width) || buffer.height != max(0, height) {
            found.append("buffer \(buffer.width)×\(buffer.height) for a \(width)×\(height) screen")
        }
        for (y, line) in buffer.lines.enumerated() {
            if TextWidth.of(line) != buffer.width { found.append("row \(y) is \(TextWidth.of(line)) columns: \(line)") }
            var x = 0
            while x < buffer.width {
                let cell = buffer[x, y]
                if cell.isContinuation {
                    found.append("row \(y) column \(x): a continuation without its wide character")
                } else if cell.width != TextWidth.of(cell.text) || !(1...2).contains(cell.width) {
                    found.append("row \(y) column \(x): \"\(cell.text)\" stored as width \(cell.width)")
                } else if cell.width == 2 && (x + 1 >= buffer.width || !buffer[x + 1, y].isContinuation) {
                    found.append("row \(y) column \(x): a wide character cut at the edge")
                }
                x += max(1, cell.width)
            }
        }
        return found
    }

    /// One storm: `steps` random actions from a started reader, rendering after each.
    static func storm(seed: UInt64, steps: Int) -> (rendered: Int, problems: [String]) {
        var random = SplitMix64(seed: seed)
        var (width, height) = sizes.randomElement(using: &random)!
        var state = Fixture.state(width: width, height: height, total: 50)
        var rendered = 0
        for step in 0..<steps {
            let roll = Int.random(in: 0..<100, using: &random)
            var effects: [Effect]
            if roll < 12 {
                (width, height) = sizes.randomElement(using: &random)!
                effects = reduce(&state, .resized(width: width, height: height))
            } else if roll < 16 {
                // The store answers an open, as the runtime would.
                state.pendingOpen = PendingOpen(key: detail.article.key, navigation: .push, focus: .article)
                effects = reduce(&state, .articleLoaded(detail))
            } else if roll < 18 {
                effects = reduce(&state, .pageLoaded(filter: .all, offset: 0, rows: Fixture.summaries(0..<50), total: 50))
            } else if roll < 19 {
                effects = reduce(&state, .storeFailed(message: "\u{1B}]52;c;aGk=\u{7} database is locked"))
            } else {
                effects = reduce(&state, .keyPressed(keys.randomElement(using: &random)!))
            }
            _ = effects
            let buffer = render(state)
            rendered += 1
            let found = problems(buffer, width: width, height: height)
            if !found.isEmpty {
                return (rendered, ["seed \(seed) step \(step) at \(width)×\(height):"] + found.prefix(5))
            }
        }
        return (rendered, [])
    }

    @Test func random_keys_and_sizes_never_crash_and_every_row_is_exactly_the_screen_width() {
        var rendered = 0
        for seed in UInt64(1)...24 {
            let result = Self.storm(seed: seed, steps: 150)
            rendered += result.rendered
            #expect(result.problems.isEmpty, "\(result.problems.joined(separator: "\n"))")
        }
        #expect(rendered == 24 * 150)
    }

    @Test func every_size_down_to_nothing_renders_a_buffer_of_exactly_that_size() {
        for (width, height) in Self.sizes {
            var state = Fixture.reading(Self.detail, width: 120, height: 40)
            _ = reduce(&state, .resized(width: width, height: height))
            #expect(Self.problems(render(state), width: width, height: height).isEmpty, "\(width)×\(height)")
        }
    }
}
