/// The strict decoder of page files and JSON Lines: bytes to valid Strings,
/// once, at the edge. Detection order: UTF-8 (with or without BOM), UTF-16
/// with a BOM, then EncodingDetector (GB18030, Big5-HKSCS, Shift_JIS, EUC-JP,
/// windows-949, whichever decodes cleanly and reads best). Decisions: a NUL
/// byte means binary data and fails the input; so does any byte invalid in
/// the chosen encoding (no replacement characters, so a wrong guess or a
/// damaged file is reported, never imported as mojibake).
package struct TextDecoder {
    /// The encoding to force, or nil to detect.
    package var forced: TextEncoding?

    package init(forced: TextEncoding?) { self.forced = forced }

    package typealias Problem = DecodingProblem

    package func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(Problem) -> String {
        try decodeReportingEncoding(bytes).text
    }

    /// The text, the encoding it was read in, and why that one.
    package func decodeReportingEncoding(_ bytes: UnsafeBufferPointer<UInt8>) throws(Problem) -> DecodedText {
        let decoded = if let forced {
            DecodedText(text: try Self.decode(bytes, as: forced), encoding: forced.name, decidedBy: .forced, textEncoding: forced)
        } else {
            try Self.detectAndDecode(bytes)
        }
        try Self.rejectBinary(decoded.text, bytes: bytes)
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
                throw invalidByte(at: offset, in: bytes, encoding: encoding)
            }
        }
    }

    private static func detectAndDecode(_ bytes: UnsafeBufferPointer<UInt8>) throws(Problem) -> DecodedText {
        if let bom = ByteOrderMark(bytes) {
            return DecodedText(text: try decode(bytes, as: bom.encoding), encoding: bom.encoding.name, decidedBy: .bom,
                               textEncoding: bom.encoding)
        }
        if let nul = bytes.firstIndex(of: 0) { throw binaryProblem(at: nul) }
        guard let problem = UTF8Validator.firstProblem(bytes) else {
            return DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8", decidedBy: .validUTF8,
                               textEncoding: .utf8)
        }
        if looksLikeDamagedUTF8(bytes, problem: problem) { throw utf8Problem(problem, bomLength: 0) }
        switch EncodingDetector.detect(bytes) {
        case .success(let detected):
            return DecodedText(text: detected.text, encoding: detected.encoding.name, decidedBy: .detected,
                               textEncoding: detected.encoding)
        case .failure(let failure):
            let offset = max(problem.offset, failure.furthestOffset)
            throw Problem(offset: offset, message: "undecodable byte 0x\(hex(bytes[offset])) at byte \(offset): not UTF-8, "
                          + "GB18030, Big5-HKSCS, Shift_JIS, EUC-JP or windows-949 text (force an encoding to read it anyway)")
        }
    }

    /// UTF-8 that stops inside a character, or UTF-8 with a stray bad byte,
    /// is damaged UTF-8; decoding it as GB18030 would only hide that.
    package static func looksLikeDamagedUTF8(_ bytes: UnsafeBufferPointer<UInt8>, problem: UTF8Validator.Problem) -> Bool {
        if problem.truncatedAtEnd { return true }
        let census = UTF8Validator.census(bytes)
        return census.invalid * 50 < census.multiByte
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

    static func utf8Problem(_ problem: UTF8Validator.Problem, bomLength: Int) -> Problem {
        let offset = problem.offset + bomLength
        return problem.truncatedAtEnd
            ? Problem(offset: offset, message: "file ends inside a UTF-8 character (truncated?)")
            : Problem(offset: offset, message: "byte \(offset) is not valid UTF-8")
    }

    static func invalidByte(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, encoding: TextEncoding) -> Problem {
        let shown = offset < bytes.count ? "byte 0x\(hex(bytes[offset])) at offset \(offset)" : "the end (a character cut short)"
        return Problem(offset: offset, message: "\(shown) is not valid \(encoding.name)")
    }

    package static func withoutUTF8BOM(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        ByteOrderMark(bytes)?.encoding == .utf8 ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
