import YueduModel
import YueduTestSupport

/// Random text for comparing a fast path with the slow path it skips: runs
/// drawn from pools of what the fast paths single out (ASCII, ideographs,
/// CJK and fullwidth punctuation) mixed with what must send text down the
/// slow path (combining marks, emoji sequences, compatibility characters,
/// halfwidth kana with sound marks, case-folding oddities, ignorables,
/// Traditional Chinese, unassigned and private-use code points).
enum VariedText {
    static let pools: [[Unicode.Scalar]] = [
        "南京市工业互联网项目正式投用总投资亿元据大数据局介绍",
        "這個們來國說時會對於過發後裏種經麼學現當沒動還進樣開從實軍乾燥乾隆後來臺灣",
        "，。、；：？！“”‘’（）《》【】…—·「」『』\u{3000}",
        "ＡＢＣａｂｃ０１２３！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝～｟｠￠￡￢￣￤￥￦",
        "ｶﾞｷﾞｱｲｳｴｵﾟﾞｰ･｡｢｣ￂￃ",
        "ABCXYZabcxyz0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\t\n\r",
        "ßẞĲŉſﬀﬁΣσςΐΰǅǈİıÅÅǄÀàÉé",
        "e\u{0301}a\u{0308}o\u{0302}\u{0301}\u{0327}\u{20DD}\u{0E31}\u{093F}",
        "😀👍🏽👨‍👩‍👧🇨🇳✈️❤︎\u{200D}\u{200B}\u{00AD}\u{FEFF}\u{2060}\u{034F}\u{FE0F}",
        "①②⑩㈠㊀㍻㌀ℌℍ™℃℉ⅠⅡⅫ½¼²³",
        "かがきぎカガキギ\u{3099}\u{309A}゛゜ヴ가각힣각각",
        "々〇〆〻〡〢\u{302A}\u{302E}〒〓〜〰〷〾〿",
        "\u{2000}\u{2002}\u{2009}\u{2010}\u{2011}\u{2013}\u{2014}\u{2015}\u{2016}\u{2017}\u{2018}\u{2019}\u{201C}\u{201D}\u{2024}\u{2025}\u{2026}\u{2027}\u{2030}\u{2032}\u{2033}\u{203C}\u{2047}\u{205F}\u{2064}",
        "丽乂﨎﨏﨑豈更車",
        "𠀀𠀁𪜀𫝀\u{2F800}\u{2F801}",
        "\u{1}\u{1E}\u{7F}\u{85}\u{2028}\u{2029}",
        "㐀㐁䶵䶿鿿鿰\u{9FFF}",
        "\u{E000}\u{F8FF}\u{F0000}\u{0378}\u{2FFFF}",
    ].map { Array($0.unicodeScalars) }

    /// `count` strings of 0 to `maxRuns` runs; most runs from the first
    /// three pools (plain Chinese), as in real text.
    static func samples(_ count: Int, maxRuns: Int = 12, seed: UInt64 = 1) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...maxRuns, using: &random) {
                let pool = Bool.random(using: &random) ? pools.randomElement(using: &random)!
                                                       : pools[Int.random(in: 0..<3, using: &random)]
                let start = Int.random(in: 0..<pool.count, using: &random)
                let length = Int.random(in: 1...8, using: &random)
                scalars.append(contentsOf: pool[start..<min(pool.count, start + length)])
            }
            return String(scalars)
        }
    }
}
