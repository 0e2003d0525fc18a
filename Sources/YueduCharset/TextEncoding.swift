/// An encoding bytes can be read in: UTF-8, or anything glibc iconv knows by
/// name (GB18030, Big5-HKSCS, Shift_JIS, EUC-JP, windows-949, and others).
public enum TextEncoding: Hashable, Sendable {
    case utf8
    /// The glibc iconv name.
    case iconv(String)

    /// GBK and GB2312 are read as GB18030, their superset (WHATWG does the
    /// same), so a GBK-only character in a page labelled gb2312 still decodes.
    package static let gb18030 = TextEncoding.iconv("GB18030")
    /// Big5 is read as Big5-HKSCS, glibc's superset, which also has the
    /// bullets and circled digits pages use (plain BIG5 lacks • and ①).
    package static let big5 = TextEncoding.iconv("BIG5-HKSCS")
    /// WHATWG's Shift_JIS is Microsoft's: glibc SHIFT_JIS lacks ① and ㈱.
    package static let shiftJIS = TextEncoding.iconv("CP932")
    package static let eucJP = TextEncoding.iconv("EUC-JP")
    /// WHATWG reads euc-kr as windows-949 (Unified Hangul Code), its superset.
    package static let windows949 = TextEncoding.iconv("CP949")
    package static let utf16LE = TextEncoding.iconv("UTF-16LE")
    package static let utf16BE = TextEncoding.iconv("UTF-16BE")

    /// Resolves a user-given name: a label EncodingLabel knows, or any name
    /// iconv knows; nil when neither.
    package init?(named rawName: String) {
        if let encoding = EncodingLabel.resolve(rawName) { self = encoding; return }
        let name = EncodingLabel.trimmed(rawName)
        guard !name.isEmpty, Iconv(from: name) != nil else { return nil }
        self = .iconv(name)
    }

    /// The name users see: the WHATWG name where there is one ("GB18030",
    /// "Big5-HKSCS", "Shift_JIS", "windows-949"), else the iconv name.
    public var name: String {
        switch self {
        case .utf8: return "UTF-8"
        case .iconv(let iconvName): return EncodingLabel.displayName(ofIconvName: iconvName) ?? iconvName
        }
    }

    package static let knownNamesHint = "utf-8, gb18030, gbk, gb2312, big5, shift_jis, euc-jp, euc-kr, "
        + "or another name iconv knows"
}
