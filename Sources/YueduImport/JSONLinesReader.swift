import YueduCharset
import YueduModel

/// Streams a JSON Lines file: one article per line, each parsed and handed
/// on before the next line is read. Blank lines are skipped; a bad line
/// becomes a failure naming the file and line, and reading goes on.
package struct JSONLinesReader {
    var file: String
    var decoder: TextDecoder
    private let legacyLines: LegacyLineDecoder

    package init(file: String, decoder: TextDecoder) {
        self.file = file
        self.decoder = decoder
        legacyLines = LegacyLineDecoder(decoder)
    }

    func read(_ source: ByteSource, prefix: [UInt8], each: (ImportItem) throws -> Void) throws {
        var splitter = LineSplitter()
        let handle = { (line: UnsafeBufferPointer<UInt8>, number: Int) throws in
            if let item = decodeLine(number == 1 ? TextDecoder.withoutUTF8BOM(line) : line, number: number) {
                try each(item)
            }
        }
        try splitter.feed(prefix, handle)
        while true {
            let chunk: [UInt8]?
            do { chunk = try source.nextChunk() } catch {
                try each(.failure(ImportFailure(file: file, line: splitter.lineNumber + 1, message: error.message)))
                return
            }
            guard let chunk else { break }
            try splitter.feed(chunk, handle)
        }
        try splitter.finish(handle)
    }

    /// nil for a blank line.
    package func decodeLine(_ line: UnsafeBufferPointer<UInt8>, number: Int) -> ImportItem? {
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        func failure(_ message: String) -> ImportItem {
            .failure(ImportFailure(file: file, line: number, message: message))
        }
        do throws(TextDecoder.Problem) {
            if decoder.forced == nil || decoder.forced == .utf8 {
                // Nearly every line is valid UTF-8 and JSON: parse it at once.
                // Any other line takes the way below, which says what is wrong.
                if let value = JSONParser.parseIfValidUTF8(line) { return article(value, number: number, failure) }
                if UTF8Validator.firstProblem(line) == nil { return parse(line, number: number, failure) }
            }
            // Another encoding, forced or detected: decode, then parse its UTF-8.
            let utf8 = try legacyLines.utf8(of: line)
            return utf8.withUnsafeBufferPointer { parse($0, number: number, failure) }
        } catch {
            return failure(error.message)
        }
    }

    private func parse(_ utf8: UnsafeBufferPointer<UInt8>, number: Int, _ failure: (String) -> ImportItem) -> ImportItem {
        let value: JSONValue
        do throws(JSONParser.SyntaxError) {
            value = try JSONParser.parse(utf8)
        } catch {
            return failure("not valid JSON at column \(error.column): \(error.message)")
        }
        return article(value, number: number, failure)
    }

    private func article(_ value: JSONValue, number: Int, _ failure: (String) -> ImportItem) -> ImportItem {
        do throws(JSONArticleRecord.FieldProblem) {
            return .article(try JSONArticleRecord.article(from: value), origin: "\(file):\(number)")
        } catch {
            return failure(error.message)
        }
    }
}
