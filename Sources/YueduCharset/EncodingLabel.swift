import YueduText
/// The WHATWG Encoding Standard's label table (encoding.spec.whatwg.org,
/// "Names and labels"), each encoding with the glibc iconv converter that
/// reads it. Pages are labelled as browsers read them, not as the label's
/// own standard says: gb2312 is GBK, read as GB18030; big5 is Big5-HKSCS;
/// euc-kr is windows-949; latin1 and ascii are windows-1252.
public enum EncodingLabel {
    /// The encoding `label` names, matched ASCII case-insensitively after
    /// trimming ASCII whitespace; nil for an unknown label, and for the
    /// labels WHATWG maps to "replacement" (hz-gb-2312, iso-2022-kr, ...) or
    /// x-user-defined, which have no text to give.
    public static func resolve(_ label: String) -> TextEncoding? {
        let key = asciiLowercased(trimmed(label))
        if let extra = extraLabels[key] { return extra }
        guard let row = byLabel[key] else { return nil }
        return row.iconvName.map { .iconv($0) } ?? .utf8
    }

    /// Names that are not WHATWG labels but that pages and users write for
    /// the same encodings (Windows code page names, EUC-CN).
    static let extraLabels: [String: TextEncoding] = [
        "windows-936": .gb18030, "cp936": .gb18030, "ms936": .gb18030, "euc-cn": .gb18030, "euccn": .gb18030,
        "big-5": .big5, "cp950": .big5, "windows-950": .big5,
        "cp949": .windows949, "uhc": .windows949,
    ]

    /// WHATWG's name for the encoding iconv knows as `iconvName`.
    static func displayName(ofIconvName iconvName: String) -> String? {
        byIconvName[iconvName.uppercased()]
    }

    /// Trims ASCII whitespace only (tab, LF, FF, CR, space), as the standard says.
    static func trimmed(_ label: String) -> String {
        // "\r\n" is one Character, so it is listed too.
        String(label.trimming { "\t\n\u{0C}\r \r\n".contains($0) })
    }

    /// Only A-Z: Unicode case folding would match "\u{212A}oi8-r" (Kelvin sign) to koi8-r.
    static func asciiLowercased(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    struct Row {
        var name: String
        /// nil for UTF-8, which needs no converter.
        var iconvName: String?
        var labels: [String]
    }

    static let table: [Row] = [
        Row(name: "UTF-8", iconvName: nil, labels: [
            "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"]),
        Row(name: "IBM866", iconvName: "IBM866", labels: ["866", "cp866", "csibm866", "ibm866"]),
        Row(name: "ISO-8859-2", iconvName: "ISO-8859-2", labels: [
            "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"]),
        Row(name: "ISO-8859-3", iconvName: "ISO-8859-3", labels: [
            "csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"]),
        Row(name: "ISO-8859-4", iconvName: "ISO-8859-4", labels: [
            "csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"]),
        Row(name: "ISO-8859-5", iconvName: "ISO-8859-5", labels: [
            "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595", "iso_8859-5", "iso_8859-5:1988"]),
        Row(name: "ISO-8859-6", iconvName: "ISO-8859-6", labels: [
            "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6", "iso-8859-6-e",
            "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"]),
        Row(name: "ISO-8859-7", iconvName: "ISO-8859-7", labels: [
            "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126", "iso8859-7", "iso88597",
            "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek"]),
        Row(name: "ISO-8859-8", iconvName: "ISO-8859-8", labels: [
            "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138", "iso8859-8", "iso88598",
            "iso_8859-8", "iso_8859-8:1988", "visual"]),
        // The same bytes as ISO-8859-8; only the display direction differs.
        Row(name: "ISO-8859-8-I", iconvName: "ISO-8859-8", labels: ["csiso88598i", "iso-8859-8-i", "logical"]),
        Row(name: "ISO-8859-10", iconvName: "ISO-8859-10", labels: [
            "csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6"]),
        Row(name: "ISO-8859-13", iconvName: "ISO-8859-13", labels: ["iso-8859-13", "iso8859-13", "iso885913"]),
        Row(name: "ISO-8859-14", iconvName: "ISO-8859-14", labels: ["iso-8859-14", "iso8859-14", "iso885914"]),
        Row(name: "ISO-8859-15", iconvName: "ISO-8859-15", labels: [
            "csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"]),
        Row(name: "ISO-8859-16", iconvName: "ISO-8859-16", labels: ["iso-8859-16"]),
        Row(name: "KOI8-R", iconvName: "KOI8-R", labels: ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"]),
        Row(name: "KOI8-U", iconvName: "KOI8-U", labels: ["koi8-ru", "koi8-u"]),
        Row(name: "macintosh", iconvName: "MACINTOSH", labels: ["csmacintosh", "mac", "macintosh", "x-mac-roman"]),
        Row(name: "windows-874", iconvName: "CP874", labels: [
            "dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"]),
        Row(name: "windows-1250", iconvName: "CP1250", labels: ["cp1250", "windows-1250", "x-cp1250"]),
        Row(name: "windows-1251", iconvName: "CP1251", labels: ["cp1251", "windows-1251", "x-cp1251"]),
        Row(name: "windows-1252", iconvName: "CP1252", labels: [
            "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1",
            "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252"]),
        Row(name: "windows-1253", iconvName: "CP1253", labels: ["cp1253", "windows-1253", "x-cp1253"]),
        Row(name: "windows-1254", iconvName: "CP1254", labels: [
            "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989",
            "l5", "latin5", "windows-1254", "x-cp1254"]),
        Row(name: "windows-1255", iconvName: "CP1255", labels: ["cp1255", "windows-1255", "x-cp1255"]),
        Row(name: "windows-1256", iconvName: "CP1256", labels: ["cp1256", "windows-1256", "x-cp1256"]),
        Row(name: "windows-1257", iconvName: "CP1257", labels: ["cp1257", "windows-1257", "x-cp1257"]),
        Row(name: "windows-1258", iconvName: "CP1258", labels: ["cp1258", "windows-1258", "x-cp1258"]),
        Row(name: "x-mac-cyrillic", iconvName: "MAC-CYRILLIC", labels: ["x-mac-cyrillic", "x-mac-ukrainian"]),
        // WHATWG's GBK decoder is its gb18030 decoder: one row serves both.
        Row(name: "GB18030", iconvName: "GB18030", labels: [
            "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk", "iso-ir-58", "x-gbk",
            "gb18030"]),
        Row(name: "Big5-HKSCS", iconvName: "BIG5-HKSCS", labels: ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
        Row(name: "EUC-JP", iconvName: "EUC-JP", labels: ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"]),
        Row(name: "ISO-2022-JP", iconvName: "ISO-2022-JP", labels: ["csiso2022jp", "iso-2022-jp"]),
        Row(name: "Shift_JIS", iconvName: "CP932", labels: [
            "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis"]),
        Row(name: "windows-949", iconvName: "CP949", labels: [
            "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601",
            "ksc_5601", "windows-949"]),
        Row(name: "UTF-16BE", iconvName: "UTF-16BE", labels: ["unicodefffe", "utf-16be"]),
        Row(name: "UTF-16LE", iconvName: "UTF-16LE", labels: [
            "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"]),
    ]

    private static let byLabel: [String: Row] = {
        var rows: [String: Row] = [:]
        for row in table { for label in row.labels { rows[label] = row } }
        return rows
    }()

    private static let byIconvName: [String: String] = {
        var names: [String: String] = [:]
        // The first row wins: ISO-8859-8 rather than its -I twin.
        for row in table { if let iconvName = row.iconvName, names[iconvName] == nil { names[iconvName] = row.name } }
        return names
    }()
}
