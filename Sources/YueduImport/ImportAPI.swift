// The importer's public surface (issue 2), against which the `yuedu import`
// command is written. The work is done by FileReader (format per file),
// TextDecoder (encodings, in YueduCharset), PageTextParser and JSONLinesReader.
import Foundation
import YueduCharset
import YueduModel
import YueduText

/// Why one article (or a whole file) could not be imported. `description`
/// names the file, the line when known, and what was expected, as one line
/// safe to print to a terminal: a message may quote the file, and a hostile
/// file's escape sequences must not reach the user's terminal through it.
public struct ImportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String
    public init(file: String, line: Int?, message: String) { self.file = file; self.line = line; self.message = message }
    public var description: String {
        let text = line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
        return Sanitizer.sanitize(text).replacingOccurrences(of: "\n", with: " ")
    }
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
    /// Where a saved HTML page came from (`--url`): one HTML file only.
    public var pageURL: URL?

    public init(forcedEncoding: String? = nil, pageURL: URL? = nil) {
        self.forcedEncoding = forcedEncoding
        self.pageURL = pageURL
    }

    /// Whether `forcedEncoding` can be used: a command can refuse a bad
    /// `--encoding` before reading anything.
    public static func isKnownEncoding(_ name: String) -> Bool { TextEncoding(named: name) != nil }

    /// Reads every path (files; directories recursively, in sorted order; `-`
    /// for standard input), deciding per file between HTML, a page file and
    /// JSON Lines, and hands each article or failure to `each` as soon as it
    /// is parsed, so a large JSON Lines file is streamed, never held whole.
    /// `note` receives what is worth saying about an article that was read
    /// (an HTML page's stand-in date, replaced bytes), one line naming the file.
    /// Throws only what `each` throws.
    public func read(paths: [String], note: (String) -> Void = { _ in }, each: (ImportItem) throws -> Void) throws {
        var encoding: TextEncoding?
        if let forcedEncoding {
            guard let named = TextEncoding(named: forcedEncoding) else {
                // Every path fails: nothing would be read the way the user asked.
                for path in paths {
                    try each(.failure(ImportFailure(file: path == "-" ? "<stdin>" : path, line: nil,
                        message: "unknown encoding \"\(forcedEncoding)\" (known: \(TextEncoding.knownNamesHint))")))
                }
                return
            }
            encoding = named
        }
        if pageURL != nil, paths.count != 1 || paths.contains(where: InputWalker.isDirectory) {
            for path in paths {
                try each(.failure(ImportFailure(file: path == "-" ? "<stdin>" : path, line: nil,
                    message: "--url names where one saved page came from: give exactly one HTML file")))
            }
            return
        }
        try withoutActuallyEscaping(note) { note in
            let reader = FileReader(decoder: TextDecoder(forced: encoding), forcedEncoding: forcedEncoding,
                                    pageURL: pageURL, note: note)
            try read(paths, with: reader, each: each)
        }
    }

    private func read(_ paths: [String], with reader: FileReader, each: (ImportItem) throws -> Void) throws {
        for path in paths {
            try InputWalker.walk(path) { entry in
                switch entry {
                case .file(let file): try reader.read(path: file, each: each)
                case .failure(let failure): try each(.failure(failure))
                }
            }
        }
    }
}
