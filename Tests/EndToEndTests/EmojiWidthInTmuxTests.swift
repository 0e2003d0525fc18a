import Foundation
import Testing
import YueduTestSupport
import YueduText
#if canImport(Glibc)
import Glibc
#endif

/// W2 proved, not hoped: for every line of Unicode's emoji-test.txt, once
/// sanitized, the width the layout uses equals libc's wcswidth and the width
/// tmux actually draws.
@Suite(.serialized) struct EmojiWidthInTmuxTests {
    static let emojiTest = "/usr/share/unicode/emoji/emoji-test.txt"
    static let rowsPerScreen = 78

    @Test func every_emoji_test_line_is_as_wide_in_layout_libc_and_tmux() throws {
        let emoji = try #require(Self.emojiLines(), "\(Self.emojiTest) missing: install Debian's unicode-data")
        #expect(emoji.count > 4000)
        let sanitized = emoji.map { Sanitizer.sanitize($0) }
        let layoutWidths = sanitized.map { text in
            LineWrapper.rows(text, options: LayoutOptions(width: 1000)).reduce(0) { $0 + $1.width }
        }
        let libcWidths = sanitized.map(Self.libcWidth)

        var layoutVersusLibc: [String] = []
        for i in emoji.indices where layoutWidths[i] != libcWidths[i] || TextWidth.of(sanitized[i]) != libcWidths[i] {
            layoutVersusLibc.append("\(Self.codePoints(emoji[i])): layout \(layoutWidths[i]), libc \(libcWidths[i])")
        }
        #expect(layoutVersusLibc.isEmpty, "\(layoutVersusLibc.prefix(20))")

        let drawn = try Self.drawnInTmux(sanitized, widths: layoutWidths)
        var tmuxMismatches: [String] = []
        for i in emoji.indices where !drawn[i] {
            tmuxMismatches.append("\(Self.codePoints(emoji[i])) → \(Self.codePoints(sanitized[i])), width \(layoutWidths[i])")
        }
        print("emoji-test: \(emoji.count) lines; layout≠libc: \(layoutVersusLibc.count); tmux disagrees: \(tmuxMismatches.count)")
        #expect(tmuxMismatches.isEmpty, "\(tmuxMismatches.prefix(20))")
    }

    /// The check can fail: a width off by one is caught either way.
    @Test func the_tmux_check_catches_a_wrong_width() throws {
        #expect(try Self.drawnInTmux(["中", "a", "中", "a"], widths: [2, 1, 1, 2]) == [true, true, false, false])
    }

    /// Each item is printed as `text|`, then the cursor jumps to column
    /// width+1 and prints `@`. Only if tmux advanced exactly `width` columns
    /// for the text does the `@` replace the `|`, leaving `text@` on the row.
    static func drawnInTmux(_ items: [String], widths: [Int]) throws -> [Bool] {
        let scratch = try TemporaryDirectory(prefix: "yuedu-emoji"); defer { scratch.remove() }
        let directory = scratch.path
        let batches = stride(from: 0, to: items.count, by: rowsPerScreen).map { $0..<min($0 + rowsPerScreen, items.count) }
        for (number, batch) in batches.enumerated() {
            var screen = ""
            for i in batch { screen += items[i] + "|\u{1B}[\(widths[i] + 1)G@\n" }
            try screen.write(toFile: "\(directory)/\(String(format: "%04d", number))", atomically: true, encoding: .utf8)
        }
        // One shell shows the batches in turn; the test presses Enter for the next.
        let script = "n=0; for f in \"$1\"/*; do printf '\\033[H\\033[2J'; cat \"$f\"; printf 'END%d' \"$n\"; "
            + "n=$((n+1)); read x; done; sleep 5"
        let session = try TmuxSession(width: 40, height: rowsPerScreen + 2, command: ["sh", "-c", script, "sh", directory])
        defer { session.close() }
        var drawn: [Bool] = []
        for (number, batch) in batches.enumerated() {
            let screen = try session.waitFor(text: "END\(number)")
            for (row, i) in batch.enumerated() {
                let captured = row < screen.count ? screen[row] : ""
                drawn.append(captured == items[i] + "@")
            }
            try session.send("Enter")
        }
        return drawn
    }

    /// wcswidth under C.UTF-8, switched for this thread only.
    static func libcWidth(_ text: String) -> Int {
        guard let utf8 = newlocale(Int32(LC_CTYPE_MASK), "C.UTF-8", nil) else { return -2 }
        let previous = uselocale(utf8)
        defer { uselocale(previous); freelocale(utf8) }
        let wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        return Int(wide.withUnsafeBufferPointer { libc_wcswidth($0.baseAddress!, $0.count) })
    }

    static func emojiLines() -> [String]? {
        guard let content = try? String(contentsOfFile: emojiTest, encoding: .utf8) else { return nil }
        return content.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), let field = line.split(separator: ";").first else { return nil }
            var scalars = String.UnicodeScalarView()
            for hex in field.split(separator: " ") {
                guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
                scalars.append(scalar)
            }
            return scalars.isEmpty ? nil : String(scalars)
        }
    }

    static func codePoints(_ s: String) -> String {
        s.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
    }
}

// glibc declares wcswidth only under _XOPEN_SOURCE, which Swift's Glibc
// module does not set.
@_silgen_name("wcswidth") private func libc_wcswidth(_ s: UnsafePointer<wchar_t>, _ n: Int) -> Int32
