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
            converted += try openCC(path, bytes: bytes, range: range, withPoints: false).0
        } between: { converted.append(0) }
        return String(decoding: converted, as: UTF8.self)
    }

    /// UTF-8 `bytes` (no NUL) converted with the configuration `path` as
    /// OpenCC resolves it ("t2s.json", as the search fold names it).
    static func convertedBytes(_ path: String, _ bytes: [UInt8]) throws(ScriptConversionError) -> [UInt8] {
        try openCC(path, bytes: bytes, range: 0..<bytes.count, withPoints: false).0
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
            let (piece, piecePoints) = try openCC(path, bytes: bytes, range: range, withPoints: true)
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

    private static func openCC(_ path: String, bytes: [UInt8], range: Range<Int>, withPoints: Bool)
        throws(ScriptConversionError) -> ([UInt8], [(Int, Int)])
    {
        var result = yuedu_opencc_mapped()
        var error: UnsafeMutablePointer<CChar>?
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.advanced(by: range.lowerBound).withMemoryRebound(to: CChar.self, capacity: range.count) {
                yuedu_opencc_convert_mapped(path, $0, range.count, withPoints ? 1 : 0, &result, &error)
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
        if let o = scalarCounts(at: bytePoints.map(\.0), in: original),
           let c = scalarCounts(at: bytePoints.map(\.1), in: converted)
        {
            return ConversionOffsets(exactPoints: Array(zip(o, c)))
        }
        return characterOffsetsByGraphemes(bytePoints: bytePoints, original: original, converted: converted)
    }

    /// `characterOffsets` through Swift's grapheme breaking, for any text.
    static func characterOffsetsByGraphemes(bytePoints: [(Int, Int)], original: String, converted: String)
        -> ConversionOffsets
    {
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
        if let boundaries = scalarBoundariesIfEachIsACharacter(text) { return boundaries }
        var boundaries = [0]
        boundaries.reserveCapacity(text.utf8.count / 3 + 2)
        var offset = 0
        for character in text {
            offset += character.utf8.count
            boundaries.append(offset)
        }
        return boundaries
    }

    /// For each of the ascending byte `offsets`, how many scalars precede
    /// it, when every scalar of `text` is a Character (see below); else nil.
    static func scalarCounts(at offsets: [Int], in text: String) -> [Int]? {
        var text = text
        return text.withUTF8 { bytes -> [Int]? in
            var counts: [Int] = []
            counts.reserveCapacity(offsets.count)
            var i = 0, count = 0
            let n = bytes.count
            for offset in offsets {
                while i < min(offset, n) {
                    let b = bytes[i]
                    count += 1
                    if b < 0x80 {
                        if b < 0x20 && b != 0x0A && b != 0x09 || b == 0x7F { return nil }
                        i += 1
                        continue
                    }
                    let (v, length) = UTF8Scalar.decode(bytes, at: i)
                    guard standsAlone(v) else { return nil }
                    i += length
                }
                // Points fall on scalar starts: OpenCC matches whole characters.
                guard i == offset else { return nil }
                counts.append(count)
            }
            return counts
        }
    }

    /// Grapheme breaking costs more than the conversion on CJK prose, and
    /// there every scalar is a Character: when all of them are printable
    /// ASCII, Latin-1, CJK punctuation, kana, Han, Hangul syllables or
    /// fullwidth forms (none extends or joins a neighbour, with no jamo
    /// around), the boundaries are the scalars' starts. Else nil.
    static func scalarBoundariesIfEachIsACharacter(_ text: String) -> [Int]? {
        var text = text
        return text.withUTF8 { bytes -> [Int]? in
            var boundaries: [Int] = []
            boundaries.reserveCapacity(bytes.count / 3 + 2)
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                boundaries.append(i)
                if b < 0x80 {
                    if b < 0x20 && b != 0x0A && b != 0x09 || b == 0x7F { return nil }
                    i += 1
                    continue
                }
                let (v, length) = UTF8Scalar.decode(bytes, at: i)
                guard standsAlone(v) else { return nil }
                i += length
            }
            boundaries.append(n)
            return boundaries
        }
    }

    private static func standsAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E: true
        case 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF: true  // 302A–302F, 3099–309A extend
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7A3: true
        case 0xFF01...0xFF9D, 0xFFE0...0xFFEE: true  // FF9E–FF9F extend
        case 0x20000...0x3FFFD: true
        default: false
        }
    }
}
