import YueduCharset

/// Decodes the lines of one JSON Lines file that are not UTF-8. A file is
/// written in one encoding, so the first such line is detected in full and
/// later lines are tried in the encoding found (one iconv handle, no
/// scoring); a line that does not fit it is detected again.
final class LegacyLineDecoder {
    private let decoder: TextDecoder
    private var learned: Iconv?

    init(_ decoder: TextDecoder) { self.decoder = decoder }

    func utf8(of line: UnsafeBufferPointer<UInt8>) throws(TextDecoder.Problem) -> [UInt8] {
        if let learned, case .converted(let utf8) = learned.convert(line) { return utf8 }
        let decoded = try decoder.decodeReportingEncoding(line)
        if case .iconv(let name) = decoded.textEncoding, learned?.encodingName != name { learned = Iconv(from: name) }
        return Array(decoded.text.utf8)
    }
}
