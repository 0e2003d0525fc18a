import Foundation
import Testing
import YueduTestSupport

/// The real reader in tmux with `convert = "s2twp"`: the sample library shown
/// in Taiwan Traditional as Debian's `opencc` converts it, borders in the
/// same columns on every row, a search highlight on the converted match, and
/// `t` back to the text as imported.
@Suite(.serialized) struct ConversionEndToEndTests {
    /// `opencc -c NAME.json` over `text`: the oracle.
    static func opencc(_ text: String, _ name: String) throws -> String {
        let result = try Spawn.run(["/bin/sh", "-c", "printf '%s' \"$1\" | opencc -c /usr/share/opencc/\(name).json",
                                    "sh", text])
        return result.stdout
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func the_reader_shows_the_library_converted_with_straight_borders_and_highlights_in_place(width: Int, height: Int)
        throws
    {
        let cli = try ReaderEndToEndTests.sampleLibrary(); defer { cli.cleanUp() }
        let session = try ComfortEndToEndTests.launch(cli, config: "convert = \"s2twp\"\n", width: width, height: height)
        defer { session.close() }
        let title = ReaderEndToEndTests.referenceTitle
        let converted = try Self.opencc(title, "s2twp")
        #expect(converted.hasPrefix("四川古藺縣實施"))
        let prefix = String(converted.prefix(5))
        // The list row, converted; the status line names the script.
        try session.waitFor(text: prefix)
        try session.waitFor(text: "s2twp")
        try ReaderEndToEndTests.waitForSoundFrame(session)

        // Search as imported (城乡), open the hit: the article shows 城鄉, highlighted.
        try session.type("/城乡")
        try session.send("Enter")
        try session.waitFor(text: "结果 results")
        var screen = try session.waitFor(text: "城鄉")
        // Every hit's title and snippet converted: only the query (as typed) is Simplified.
        #expect(screen.dropFirst().joined().contains("城鄉") && !screen.dropFirst().joined().contains("城乡"), "\(screen)")
        // Open the reference article (its hit holds 城乡 in its title) from the list.
        let rows = screen.dropFirst().filter { $0.contains("2024-") || $0.contains("2023-") }
        let index = try #require(rows.firstIndex { $0.contains(prefix) }, "\(screen)")
        try ReaderEndToEndTests.open(index: index, in: session, expecting: "夯實")
        // The article's first paragraph, as opencc converts it, begins on screen.
        let show = try cli.run(["show", Self.referenceKey(cli), "--json"])
        let article = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let first = try #require((article["paragraphs"] as? [String])?.first)
        let firstConverted = try Self.opencc(first, "s2twp")
        #expect(firstConverted != first)
        try ReaderEndToEndTests.waitForSoundFrame(session)
        screen = try session.capture()
        #expect(screen.joined(separator: "\n").contains(String(firstConverted.prefix(6))),
                "\(firstConverted.prefix(6)) in \(screen)")
        // Esc leaves the search view: the list shows no highlights, the article keeps its own.
        try session.send("Escape")
        try session.waitFor(text: "全部 All")
        try ReaderEndToEndTests.waitForSoundFrame(session)
        let styled = try session.captureWithStyles()
        #expect(Self.highlighted(styled).contains { $0.hasPrefix("城鄉") },
                "the match highlighted as converted: \(Self.highlighted(styled))")

        // t: tw2sp, then as imported; the place and the frame hold.
        try session.type("t")
        try session.waitFor(text: "tw2sp")
        try session.type("t")
        screen = try session.waitFor(text: "城乡")
        #expect(!screen.joined().contains("城鄉"))
        try ReaderEndToEndTests.waitForSoundFrame(session)
        try session.type("q")
        #expect(try session.waitForExit() == 0)
    }

    static func referenceKey(_ cli: CLIRunner) throws -> String {
        let rows = try ReaderEndToEndTests.listed(cli)
        return try #require(rows.first { ($0["title"] as? String) == ReaderEndToEndTests.referenceTitle }?["key"] as? String)
    }

    /// The text drawn on a yellow background (SGR 43) in a `capture-pane -e` screen.
    static func highlighted(_ styled: String) -> [String] {
        var out: [String] = [], current = "", on = false
        var rest = Substring(styled)
        while !rest.isEmpty {
            if rest.hasPrefix("\u{1B}["), let end = rest.firstIndex(where: { $0.isLetter }) {
                if rest[end] == "m" {
                    let codes = rest[rest.index(rest.startIndex, offsetBy: 2)..<end].split(separator: ";").map(String.init)
                    let nowOn = codes.contains("43") ? true : (codes.isEmpty || codes.contains("0") || codes.contains("49") ? false : on)
                    if on && !nowOn && !current.isEmpty { out.append(current); current = "" }
                    on = nowOn
                }
                rest = rest[rest.index(after: end)...]
                continue
            }
            if on { current.append(rest.first!) }
            rest = rest.dropFirst()
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
