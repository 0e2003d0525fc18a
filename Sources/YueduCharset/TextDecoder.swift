/// Turns bytes into text once, at the edge: everything after sees valid
/// Strings. Detection order: UTF-8 (with or without BOM), UTF-16 with a BOM,
/// then GB18030 or Big5, whichever decodes cleanly and reads as more common
/// characters. Decisions: a NUL byte means binary data and fails the input;
/// so does any byte invalid in the chosen encoding (no replacement characters,
/// so a wrong guess or a damaged file is reported, never imported as mojibake).
package struct TextDecoder {
    /// The encoding to force, or nil to detect.
    package var forced: TextEncoding?

    package init(forced: TextEncoding?) { self.forced = forced }

    package struct Problem: Error, Equatable {
        /// Where the problem starts, to name the line.
        package var offset: Int
        package var message: String
    }

    package func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(Problem) -> String {
        try decodeReportingEncoding(bytes).text
    }

    /// The text and the encoding it was read in (forced or detected).
    package func decodeReportingEncoding(_ bytes: UnsafeBufferPointer<UInt8>) throws(Problem) -> (text: String, encoding: TextEncoding) {
        let decoded = if let forced { (try Self.decode(bytes, as: forced), forced) } else { try Self.detectAndDecode(bytes) }
        try Self.rejectBinary(decoded.0, bytes: bytes)
        return decoded
    }

    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: TextEncoding) throws(Problem) -> String {
        switch encoding {
        case .utf8:
            let body = withoutUTF8BOM(bytes)
            if let problem = UTF8Validator.firstProblem(body) {
                throw utf8Problem(problem, bomLength: bytes.count - body.count)
            }
            return String(decoding: body, as: UTF8.self)
        case .iconv(let name):
            guard let converter = Iconv(from: name) else {
                throw Problem(offset: 0, message: "unknown encoding \"\(name)\"")
            }
            switch converter.convert(bytes) {
            case .converted(let utf8):
                var text = utf8.withUnsafeBufferPointer { String(decoding: withoutUTF8BOM($0), as: UTF8.self) }
                if text.first == "\u{FEFF}" { text.removeFirst() }
                return text
            case .invalid(let offset):
                throw Problem(offset: offset, message: "byte 0x\(hex(bytes[offset])) is not valid \(name)")
            }
        }
    }

    private static func detectAndDecode(_ bytes: UnsafeBufferPointer<UInt8>) throws(Problem) -> (String, TextEncoding) {
        if hasPrefix(bytes, [0xEF, 0xBB, 0xBF]) { return (try decode(bytes, as: .utf8), .utf8) }
        if hasPrefix(bytes, [0xFF, 0xFE]) || hasPrefix(bytes, [0xFE, 0xFF]) {
            return (try decode(bytes, as: .iconv("UTF-16")), .iconv("UTF-16"))
        }
        if let nul = bytes.firstIndex(of: 0) { throw binaryProblem(at: nul) }
        guard let problem = UTF8Validator.firstProblem(bytes) else {
            return (String(decoding: bytes, as: UTF8.self), .utf8)
        }
        // UTF-8 that stops inside a character, or UTF-8 with a stray bad byte,
        // is a damaged UTF-8 file; decoding it as GB18030 would only hide that.
        if problem.truncatedAtEnd { throw utf8Problem(problem, bomLength: 0) }
        let census = UTF8Validator.census(bytes)
        if census.invalid * 50 < census.multiByte { throw utf8Problem(problem, bomLength: 0) }

        var candidates: [(text: String, encoding: TextEncoding, score: Double)] = []
        var furthest = problem.offset
        for encoding in [TextEncoding.gb18030, .big5] {
            do throws(Problem) {
                let text = try decode(bytes, as: encoding)
                candidates.append((text, encoding, commonCharacterScore(text)))
            } catch {
                furthest = max(furthest, error.offset)
            }
        }
        guard let best = candidates.max(by: { $0.score < $1.score }) else {
            throw Problem(offset: furthest, message: "undecodable byte 0x\(hex(bytes[furthest])): not UTF-8, GB18030 or Big5 text "
                          + "(force an encoding to read it anyway)")
        }
        return (best.text, best.encoding)
    }

    /// Share of non-ASCII characters that are frequent Chinese characters.
    package static func commonCharacterScore(_ text: String) -> Double {
        var common = 0, nonASCII = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            nonASCII += 1
            if CommonHanzi.scalars.contains(scalar) { common += 1 }
        }
        return nonASCII == 0 ? 0 : Double(common) / Double(nonASCII)
    }

    /// Decoded text with NUL or many other control characters is not text.
    private static func rejectBinary(_ text: String, bytes: UnsafeBufferPointer<UInt8>) throws(Problem) {
        var controls = 0, total = 0
        for scalar in text.unicodeScalars {
            total += 1
            if scalar.value == 0 { throw binaryProblem(at: bytes.firstIndex(of: 0) ?? 0) }
            if scalar.value < 0x20, scalar != "\n", scalar != "\r", scalar != "\t", scalar != "\u{0C}" { controls += 1 }
        }
        if controls > 8, controls * 100 > total {
            throw Problem(offset: 0, message: "binary data, not text (\(controls) control characters)")
        }
    }

    private static func binaryProblem(at offset: Int) -> Problem {
        Problem(offset: offset, message: "binary data, not text (NUL byte)")
    }

    private static func utf8Problem(_ problem: UTF8Validator.Problem, bomLength: Int) -> Problem {
        let offset = problem.offset + bomLength
        return problem.truncatedAtEnd
            ? Problem(offset: offset, message: "file ends inside a UTF-8 character (truncated?)")
            : Problem(offset: offset, message: "byte \(offset) is not valid UTF-8")
    }

    package static func withoutUTF8BOM(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        hasPrefix(bytes, [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
