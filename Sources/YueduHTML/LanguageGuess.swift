/// A BCP 47-ish language: `<html lang>` when the page says, else the
/// script its text is written in (kana → ja, hangul → ko, Han → zh).
package enum LanguageGuess {
    package static func code(declared: String?, sample: String) -> String {
        if let declared, !declared.isEmpty {
            let d = declared.replacingOccurrences(of: "_", with: "-")
            if d.lowercased().hasPrefix("zh") || d.lowercased().hasPrefix("ja") || d.lowercased().hasPrefix("ko") { return d }
        }
        var han = 0, kana = 0, hangul = 0
        for s in sample.unicodeScalars {
            switch s.value {
            case 0x3040...0x30FF: kana += 1
            case 0xAC00...0xD7A3: hangul += 1
            case 0x4E00...0x9FFF: han += 1
            default: break
            }
        }
        if kana > 0, kana * 10 >= han { return "ja" }
        if hangul > han { return "ko" }
        if han > 0 { return "zh" }
        return declared ?? "und"
    }
}
