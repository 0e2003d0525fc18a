// SCAFFOLD: the importer's public surface, fixed so that the `yuedu import`
// command can be written against it while the parsers are built (issue 2).
// The parsing work replaces the body of `Importer.read`; signatures stay.
import YueduModel

/// Why one article (or a whole file) could not be imported. `description`
/// names the file, the line when known, and what was expected.
public struct ImportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String
    public init(file: String, line: Int?, message: String) { self.file = file; self.line = line; self.message = message }
    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}

/// One result of reading input: a parsed article (with where it came from,
/// `file` or `file:line`) or a failure.
public enum ImportItem: Sendable {
    case article(Article, origin: String)
    case failure(ImportFailure)
}

public struct Importer: Sendable {
    /// An encoding name to force (`gb18030`, `gbk`, `gb2312`, `big5`, `utf-8`),
    /// or nil to detect (valid UTF-8 first).
    public var forcedEncoding: String?

    public init(forcedEncoding: String? = nil) { self.forcedEncoding = forcedEncoding }

    /// Reads every path (files; directories recursively, in sorted order; `-`
    /// for standard input), deciding per file between a page file and JSON
    /// Lines, and hands each article or failure to `each` as soon as it is
    /// parsed, so a large JSON Lines file is streamed, never held whole.
    /// Throws only what `each` throws.
    public func read(paths: [String], each: (ImportItem) throws -> Void) throws {
        for path in paths {
            try each(.failure(ImportFailure(file: path, line: nil, message: "importer not built yet")))
        }
    }
}
