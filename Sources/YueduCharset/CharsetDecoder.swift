// The module's public surface (issue 13): the page-file importer, the HTML
// importer and feeds decode through here, so bytes become text one way.

/// Why the text was read in the encoding it was, in the order the decoder asks.
public enum EncodingDecision: String, Sendable, Equatable {
    /// A byte order mark at the start.
    case bom
    /// The caller (the user's --encoding) named it.
    case forced
    /// The HTTP Content-Type header's charset.
    case httpCharset
    /// The bytes are valid UTF-8 (whatever a <meta> says).
    case validUTF8
    /// A <meta charset> or <meta http-equiv="Content-Type"> in the head.
    case meta
    /// The encoding named in an XML declaration (`<?xml version="1.0" encoding="gb2312"?>`).
    case xmlDeclaration
    /// Statistical detection: uchardet and the reading of each candidate.
    case detected
    /// Nothing fitted: GB18030, the most forgiving candidate, with U+FFFD for what it could not read.
    case fallback
}

/// Text decoded from bytes, with what was decided and anything lost on the way.
public struct DecodedText: Sendable, Equatable {
    public var text: String
    /// The encoding's name as shown to users: "UTF-8", "GB18030", "Big5-HKSCS",
    /// "Shift_JIS", "EUC-JP", "windows-949", ...
    public var encoding: String
    public var decidedBy: EncodingDecision
    /// Bytes that were invalid in `encoding`, each now one U+FFFD (HTML only:
    /// the page-file path fails instead).
    public var replacedBytes: Int = 0
    /// Where the first of them was, as a byte offset into the input.
    public var firstReplacedOffset: Int?
    /// C0 control characters other than tab, LF and CR removed (HTML only).
    public var removedControls: Int = 0
    /// What a reader of the import log should know: a declaration that was
    /// overruled or unknown, bytes replaced, controls removed.
    public var notes: [String] = []

    package var textEncoding: TextEncoding

    package init(text: String, encoding: String, decidedBy: EncodingDecision, textEncoding: TextEncoding) {
        self.text = text
        self.encoding = encoding
        self.decidedBy = decidedBy
        self.textEncoding = textEncoding
    }
}

/// Why bytes could not be decoded, with the byte offset where it went wrong.
public struct DecodingProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var offset: Int
    public var message: String
    public init(offset: Int, message: String) { self.offset = offset; self.message = message }
    public var description: String { message }
}

public enum CharsetDecoder {
    /// An HTML page's bytes as text, decided before any parsing: BOM, then
    /// `forced`, the HTTP charset, valid UTF-8, the page's <meta>,
    /// detection, and GB18030 last. C0 control characters other than tab,
    /// LF and CR are removed (libxml2 stops at a NUL). See HTMLDecoding for
    /// what happens to a declared encoding the bytes do not fit.
    public static func decodeHTML(_ bytes: [UInt8], httpCharset: String? = nil, forced: String? = nil) throws(DecodingProblem) -> DecodedText {
        try bytes.withUnsafeBufferPointer { buffer throws(DecodingProblem) in
            try HTMLDecoding.decode(buffer, httpCharset: httpCharset, forced: forced)
        }
    }

    /// An XML document's bytes (a feed) as text, by the HTML order and policy
    /// with the XML declaration in the <meta>'s place: BOM, `forced`, the
    /// HTTP charset, valid UTF-8, the declaration, detection, GB18030 last.
    /// A declaration the bytes do not fit (gb2312 declared, GBK or Big5
    /// bytes sent) gives way as a <meta> does, with a note. The text keeps
    /// its declaration; parse it as UTF-8 and ignore what it says.
    public static func decodeXML(_ bytes: [UInt8], httpCharset: String? = nil, forced: String? = nil) throws(DecodingProblem) -> DecodedText {
        try bytes.withUnsafeBufferPointer { buffer throws(DecodingProblem) in
            try HTMLDecoding.decode(buffer, httpCharset: httpCharset, forced: forced) { bytes in
                .init(label: XMLDeclaration.encoding(in: bytes), source: "the XML declaration", decidedBy: .xmlDeclaration, document: "the feed")
            }
        }
    }

    /// A page file's bytes as text, strictly: BOM, `forced`, valid UTF-8,
    /// detection; any byte invalid in the chosen encoding, and binary data,
    /// fail with the offset (the importer names the line).
    public static func decodeText(_ bytes: [UInt8], forced: String? = nil) throws(DecodingProblem) -> DecodedText {
        var encoding: TextEncoding?
        if let forced {
            guard let named = TextEncoding(named: forced) else { throw unknownEncoding(forced) }
            encoding = named
        }
        let decoder = TextDecoder(forced: encoding)
        return try bytes.withUnsafeBufferPointer { buffer throws(DecodingProblem) in try decoder.decodeReportingEncoding(buffer) }
    }

    static func unknownEncoding(_ name: String) -> DecodingProblem {
        DecodingProblem(offset: 0, message: "unknown encoding \"\(name)\" (known: \(TextEncoding.knownNamesHint))")
    }
}
