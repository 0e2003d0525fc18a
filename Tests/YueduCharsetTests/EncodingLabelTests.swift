import Testing
@testable import YueduCharset

@Suite("Encoding labels")
struct EncodingLabelTests {
    @Test(arguments: ["gb2312", "gbk", "x-gbk", "windows-936", "GB_2312-80", "chinese", "gb18030", "csGB2312"])
    func chinese_simplified_labels_are_read_as_gb18030(label: String) {
        #expect(EncodingLabel.resolve(label) == .gb18030)
        #expect(EncodingLabel.resolve(label)?.name == "GB18030")
    }

    @Test func the_asian_labels_map_as_whatwg_maps_them() {
        #expect(EncodingLabel.resolve("big5")?.name == "Big5-HKSCS")
        #expect(EncodingLabel.resolve("big5-hkscs")?.name == "Big5-HKSCS")
        #expect(EncodingLabel.resolve("x-x-big5")?.name == "Big5-HKSCS")
        #expect(EncodingLabel.resolve("euc-kr")?.name == "windows-949")
        #expect(EncodingLabel.resolve("ks_c_5601-1987")?.name == "windows-949")
        #expect(EncodingLabel.resolve("shift_jis")?.name == "Shift_JIS")
        #expect(EncodingLabel.resolve("sjis")?.name == "Shift_JIS")
        #expect(EncodingLabel.resolve("windows-31j")?.name == "Shift_JIS")
        #expect(EncodingLabel.resolve("euc-jp")?.name == "EUC-JP")
        #expect(EncodingLabel.resolve("iso-2022-jp")?.name == "ISO-2022-JP")
    }

    @Test func latin1_and_ascii_are_windows_1252_and_utf16_is_little_endian() {
        #expect(EncodingLabel.resolve("latin1")?.name == "windows-1252")
        #expect(EncodingLabel.resolve("us-ascii")?.name == "windows-1252")
        #expect(EncodingLabel.resolve("iso-8859-1")?.name == "windows-1252")
        #expect(EncodingLabel.resolve("utf-16")?.name == "UTF-16LE")
        #expect(EncodingLabel.resolve("unicode-1-1-utf-8") == .utf8)
    }

    @Test func every_label_in_the_table_resolves_in_any_case_and_with_ascii_whitespace() {
        for row in EncodingLabel.table {
            for label in row.labels {
                #expect(EncodingLabel.resolve(label)?.name == row.name || row.name == "ISO-8859-8-I", "\(label)")
                #expect(EncodingLabel.resolve(" \t\(label.uppercased())\n\u{0C}\r") == EncodingLabel.resolve(label), "\(label)")
            }
        }
        #expect(EncodingLabel.table.flatMap(\.labels).count == 221)  // WHATWG's 228, less replacement (6) and x-user-defined (1)
    }

    @Test func every_encoding_in_the_table_is_one_iconv_can_open() {
        for row in EncodingLabel.table {
            if let name = row.iconvName { #expect(Iconv(from: name) != nil, "\(row.name)") }
        }
    }

    @Test func unknown_replacement_and_unicode_case_folded_labels_resolve_to_nothing() {
        for label in ["", " ", "utf-7", "utf_8", "utf-32", "hz-gb-2312", "iso-2022-kr", "x-user-defined", "\u{212A}oi8-r", "utf-8\u{0}",
                      "\u{0B}utf-8", "iso-8859-8 visual"] {
            #expect(EncodingLabel.resolve(label) == nil, "\(label.debugDescription)")
        }
    }

    @Test func names_a_user_may_force_include_iconv_names_beyond_the_table() {
        #expect(TextEncoding(named: "cp936") == .gb18030)
        #expect(TextEncoding(named: "UTF-7") == .iconv("UTF-7"))
        #expect(TextEncoding(named: "klingon-8") == nil)
    }
}
