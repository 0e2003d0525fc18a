import YueduText
/// An encoding a file can be read in: UTF-8, or anything glibc iconv knows by
/// name (GB18030, Big5, and others such as Shift_JIS or EUC-KR).
package enum TextEncoding: Equatable, Sendable {
    case utf8
    case iconv(String)

    package static let gb18030 = TextEncoding.iconv("GB18030")
    /// Big5 is read as Big5-HKSCS, glibc's superset, which also has the
    /// bullets and circled digits pages use (plain BIG5 lacks • and ①).
    package static let big5 = TextEncoding.iconv("BIG5-HKSCS")

    /// Resolves a user-given name; nil when neither UTF-8 nor known to iconv.
    /// GBK and GB2312 are read as GB18030, their superset, so a GBK-only
    /// character in a file labelled GB2312 still decodes.
    init?(named rawName: String) {
        let name = rawName.trimmingWhitespace.lowercased()
        switch name {
        case "utf-8", "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936", "euc-cn", "euccn": self = .gb18030
        case "big5", "big-5", "cp950", "big5-hkscs": self = .big5
        default:
            let iconvName = String(rawName.trimmingWhitespace)
            guard !name.isEmpty, Iconv(from: iconvName) != nil else { return nil }
            self = .iconv(iconvName)
        }
    }

    var displayName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .iconv(let name): return name
        }
    }

    static let knownNamesHint = "utf-8, gb18030, gbk, gb2312, big5, or another name iconv knows"
}

extension String {
    var trimmingSpaces: Substring { Substring(self).trimmingWhitespace }
}
