import ArgumentParser
import YueduText

/// `yuedu fmt`: a CJK-aware fmt, and the way to check the layout engine from
/// outside: stdin in, rows out, none wider than --width.
struct Fmt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Wrap text from stdin with yuedu's CJK line breaking.",
        discussion: "Paragraphs are separated by blank lines; lines inside one are joined. "
            + "Writes one row per line, no row wider than --width columns, a blank line between paragraphs."
    )

    @Option(name: .shortAndLong, help: "Columns per row.")
    var width: Int = 80

    @Option(help: "Language of the text: zh, ja, ko (or en).")
    var lang: String = "zh"

    @Flag(help: "Indent each paragraph's first line with two ideographic spaces.")
    var indent = false

    @Option(help: ArgumentHelp("Convert the text's script with this OpenCC conversion first (e.g. s2twp, tw2sp).", valueName: "name"))
    var convert: ScriptConversion = .none

    func validate() throws {
        guard width >= 2 else { throw ValidationError("--width must be at least 2 (a CJK character is 2 columns).") }
    }

    func run() throws {
        var input = ""
        while let line = readLine(strippingNewline: false) { input += line }
        var options = LayoutOptions.forLanguage(lang, width: width)
        options.indentFirstLine = indent
        // Converted after lines are joined, so a phrase broken across two lines is still one phrase.
        let paragraphs = try LineWrapper.paragraphs(of: input).map { try ScriptConverter.convert($0, convert) }
        let rows = LineWrapper.wrapParagraphs(paragraphs, options: options)
        var output = ""
        for row in rows { output += row; output += "\n" }
        print(output, terminator: "")
    }
}
