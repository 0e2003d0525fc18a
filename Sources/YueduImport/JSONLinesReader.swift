import Foundation
import YueduModel

/// Streams a JSON Lines file: one article per line, each decoded and handed
/// on before the next line is read. Blank lines are skipped; a bad line
/// becomes a failure naming the file and line, and reading goes on.
struct JSONLinesReader {
    var file: String
    var decoder: TextDecoder

    func read(_ source: ByteSource, prefix: [UInt8], each: (ImportItem) throws -> Void) throws {
        var splitter = LineSplitter()
        let json = JSONDecoder()
        let handle = { (line: UnsafeBufferPointer<UInt8>, number: Int) throws in
            if let item = decodeLine(number == 1 ? TextDecoder.withoutUTF8BOM(line) : line, number: number, json: json) {
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
    func decodeLine(_ line: UnsafeBufferPointer<UInt8>, number: Int, json: JSONDecoder) -> ImportItem? {
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        func failure(_ message: String) -> ImportItem {
            .failure(ImportFailure(file: file, line: number, message: message))
        }
        let data: Data
        if decoder.forced == nil || decoder.forced == .utf8, UTF8Validator.firstProblem(line) == nil {
            data = Data(buffer: line)
        } else {
            do throws(TextDecoder.Problem) {
                data = Data(try decoder.decode(line).utf8)
            } catch {
                return failure(error.message)
            }
        }
        do {
            let record = try json.decode(JSONArticleRecord.self, from: data)
            return .article(record.article, origin: "\(file):\(number)")
        } catch let problem as JSONArticleRecord.FieldProblem {
            return failure(problem.message)
        } catch DecodingError.dataCorrupted(let context) {
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return failure("not valid JSON" + (detail.map { " (\($0))" } ?? "") + ": expected one article object per line")
        } catch {
            return failure("not a valid article: \(error)")
        }
    }
}
