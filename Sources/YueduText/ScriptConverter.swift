import COpenCC

/// A text in the script a reader chose, and how its Characters relate to the
/// text as imported.
public struct ConvertedText: Hashable, Sendable {
    public let text: String
    public let offsets: ConversionOffsets

    public init(unconverted text: String) {
        self.text = text
        offsets = .identity(count: text.count)
    }

    init(text: String, offsets: ConversionOffsets) {
        self.text = text; self.offsets = offsets
    }
}

/// OpenCC's conversions, byte for byte what `opencc -c <name>.json` prints
/// (matched on tables the C shim copies from OpenCC's dictionaries: see there).
/// Each configuration is opened once per process, on first use, behind a
/// lock in the C shim; conversions then run on any thread at once.
public enum ScriptConverter {
    /// `text` converted; `none` returns it as is.
    public static func convert(_ text: String, _ conversion: ScriptConversion) throws(ScriptConversionError) -> String {
        guard let path = conversion.configurationPath, !text.isEmpty else { return text }
        var converted: [UInt8] = []
        try forEachPiece(of: Array(text.utf8)) { (bytes, range) throws(ScriptConversionError) in
            converted += try openCC(path, bytes: bytes, range: range).0
        } between: { converted.append(0) }
        return String(decoding: converted, as: UTF8.self)
    }

    /// `text` converted, with where each Character went.
    public static func convertWithOffsets(_ text: String, _ conversion: ScriptConversion)
        throws(ScriptConversionError) -> ConvertedText
    {
        guard let path = conversion.configurationPath else { return ConvertedText(unconverted: text) }
        return try convertWithOffsets(text, configuration: path)
    }

    /// The conversion `path` (an OpenCC configuration file) describes.
    static func convertWithOffsets(_ text: String, configuration path: String) throws(ScriptConversionError)
        -> ConvertedText
    {
        guard !text.isEmpty else { return ConvertedText(unconverted: text) }
        var converted: [UInt8] = []
        var points: [(Int, Int)] = [(0, 0)]
        try forEachPiece(of: Array(text.utf8)) { (bytes, range) throws(ScriptConversionError) in
            let (piece, piecePoints) = try openCC(path, bytes: bytes, range: range)
            let base = converted.count
            points.append(contentsOf: piecePoints.dropFirst().map { ($0.0 + range.lowerBound, $0.1 + base) })
            converted += piece
        } between: {
            converted.append(0)
            points.append((points.last!.0 + 1, converted.count))
        }
        let output = String(decoding: converted, as: UTF8.self)
        return ConvertedText(text: output, offsets: characterOffsets(bytePoints: points, original: text, converted: output))
    }

    /// OpenCC stops at a NUL byte: the pieces between them are converted
    /// one by one, and each NUL is kept.
    private static func forEachPiece(of bytes: [UInt8], _ piece: ([UInt8], Range<Int>) throws(ScriptConversionError) -> Void,
                                     between: () -> Void) throws(ScriptConversionError) {
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0) ?? bytes.count
            if end > start { try piece(bytes, start..<end) }
            if end < bytes.count { between() }
            start = end + 1
        }
    }

    private static func openCC(_ path: String, bytes: [UInt8], range: Range<Int>)
        throws(ScriptConversionError) -> ([UInt8], [(Int, Int)])
    {
        var result = yuedu_opencc_mapped()
        var error: UnsafeMutablePointer<CChar>?
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.advanced(by: range.lowerBound).withMemoryRebound(to: CChar.self, capacity: range.count) {
                yuedu_opencc_convert_mapped(path, $0, range.count, &result, &error)
            }
        }
        guard status == 0 else {
            let reason = error.map { String(cString: $0) } ?? "OpenCC failed"
            yuedu_opencc_free(error)
            throw .unavailable(path: path, reason: reason)
        }
        defer { yuedu_opencc_mapped_free(&result) }
        let text = result.text.withMemoryRebound(to: UInt8.self, capacity: result.length) {
            Array(UnsafeBufferPointer(start: $0, count: result.length))
        }
        let points = UnsafeBufferPointer(start: result.points, count: result.count).map { (Int($0.input), Int($0.output)) }
        return (text, points)
    }

    /// Byte points to Character points: a byte point counts where it falls
    /// on a Character boundary in both texts (a variation selector after a
    /// converted ideograph joins it into one Character).
    static func characterOffsets(bytePoints: [(Int, Int)], original: String, converted: String) -> ConversionOffsets {
        let originalBoundaries = characterBoundaries(original)
        let convertedBoundaries = characterBoundaries(converted)
        var exact: [(Int, Int)] = []
        exact.reserveCapacity(bytePoints.count)
        var i = 0, j = 0
        for (o, c) in bytePoints {
            while i < originalBoundaries.count && originalBoundaries[i] < o { i += 1 }
            while j < convertedBoundaries.count && convertedBoundaries[j] < c { j += 1 }
            if i < originalBoundaries.count && originalBoundaries[i] == o
                && j < convertedBoundaries.count && convertedBoundaries[j] == c
            {
                exact.append((i, j))
            }
        }
        return ConversionOffsets(exactPoints: exact)
    }

    /// The UTF-8 offset of every Character boundary, 0 and the end included:
    /// entry k is where Character k starts.
    static func characterBoundaries(_ text: String) -> [Int] {
        var boundaries = [0]
        boundaries.reserveCapacity(text.utf8.count / 3 + 2)
        var offset = 0
        for character in text {
            offset += character.utf8.count
            boundaries.append(offset)
        }
        return boundaries
    }
}
