import Foundation
import YueduCharset
import YueduHTML
import YueduModel

/// Reads one input (a file or `-`): HTML by its first bytes, else JSON Lines
/// or a page file from the first significant byte (or a .jsonl/.ndjson
/// name), then hands on what it parsed.
struct FileReader {
    var decoder: TextDecoder
    /// `--encoding` as given, for HTML (decoded by the HTML rules, not `decoder`'s).
    var forcedEncoding: String? = nil
    /// Where a saved HTML page came from (`--url`): its key unless it names a canonical URL.
    var pageURL: URL? = nil
    var note: (String) -> Void = { _ in }

    enum Format: Equatable { case jsonLines, page, html }

    /// Page files are read whole; anything this big is not one.
    static let pageSizeLimit = 64 << 20

    func read(path: String, each: (ImportItem) throws -> Void) throws {
        let source: ByteSource
        var prefix: [UInt8] = []
        let first: UInt8?
        do {
            source = try ByteSource(path: path)
            first = try Self.sniff(source, into: &prefix)
        } catch {
            return try each(.failure(error))
        }
        guard let first else {
            return try each(.failure(ImportFailure(file: source.name, line: nil, message: "empty file")))
        }
        let format = HTMLSniffer.looksLikeHTML(prefix) ? .html : Self.format(path: path, firstSignificantByte: first)
        if pageURL != nil, format != .html {
            return try each(.failure(ImportFailure(file: source.name, line: nil,
                message: "--url applies to a saved HTML page, and this is not HTML")))
        }
        switch format {
        case .html:
            try each(readHTML(source, prefix: prefix))
        case .jsonLines:
            try JSONLinesReader(file: source.name, decoder: decoder).read(source, prefix: prefix, each: each)
        case .page:
            try each(readPage(source, prefix: prefix))
        }
    }

    static func format(path: String, firstSignificantByte: UInt8) -> Format {
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonLines }
        return firstSignificantByte == UInt8(ascii: "{") ? .jsonLines : .page
    }

    /// Reads chunks into `prefix` until one holds a byte that is not
    /// whitespace or a UTF-8 BOM; returns that byte, or nil for empty input.
    static func sniff(_ source: ByteSource, into prefix: inout [UInt8]) throws(ImportFailure) -> UInt8? {
        var scanned = 0
        while let chunk = try source.nextChunk() {
            prefix.append(contentsOf: chunk)
            while scanned < prefix.count {
                let b = prefix[scanned]
                let isBOMByte = scanned < 3 && prefix.starts(with: [0xEF, 0xBB, 0xBF])
                if !isBOMByte, b != 0x20, b != 0x09, b != 0x0A, b != 0x0D { return b }
                scanned += 1
            }
        }
        return nil
    }

    private func readPage(_ source: ByteSource, prefix: [UInt8]) -> ImportItem {
        do throws(ImportFailure) {
            let bytes = try source.readToEnd(after: prefix, limit: Self.pageSizeLimit,
                                             tooLarge: "a page file (JSON Lines files start with '{' or are named .jsonl)")
            let text: String
            do throws(TextDecoder.Problem) {
                text = try bytes.withUnsafeBufferPointer { buffer throws(TextDecoder.Problem) in try decoder.decode(buffer) }
            } catch {
                throw ImportFailure(file: source.name, line: Self.lineNumber(ofOffset: error.offset, in: bytes),
                                    message: error.message)
            }
            return .article(try PageTextParser.parse(text, file: source.name), origin: source.name)
        } catch {
            return .failure(error)
        }
    }

    /// Page files are decoded strictly; HTML by the HTML rules (a page is
    /// read whatever bytes it holds), then extracted. Without a date in the
    /// page, the file's modification time stands in, and a note says so.
    private func readHTML(_ source: ByteSource, prefix: [UInt8]) -> ImportItem {
        do throws(ImportFailure) {
            let bytes = try source.readToEnd(after: prefix, limit: Self.pageSizeLimit, tooLarge: "an HTML page")
            do throws(HTMLPageProblem) {
                let page = try HTMLPage.read(bytes, pageURL: pageURL, forced: forcedEncoding)
                let fallback = source.modificationTime.map { PublishedFallback($0, origin: "the file's modification time") }
                let (article, notes) = try page.article(fallback: fallback)
                for text in page.notes + notes { note(ImportFailure(file: source.name, line: nil, message: text).description) }
                return .article(article, origin: source.name)
            } catch {
                throw ImportFailure(file: source.name, line: nil, message: error.message)
            }
        } catch {
            return .failure(error)
        }
    }

    /// The 1-based line holding byte `offset`, counting LF, CRLF and CR.
    static func lineNumber(ofOffset offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] == 0x0A { line += 1 } else if bytes[i] == 0x0D {
                line += 1
                if i + 1 < end, bytes[i + 1] == 0x0A { i += 1 }
            }
            i += 1
        }
        return line
    }
}
