import Testing
@testable import YueduText

/// The table behind `TitleKey.normalize` against the Foundation path it
/// skips: article keys and related links are made of these keys.
@Suite struct TitleKeyTableTests {
    @Test func table_and_foundation_agree_on_varied_titles() {
        for title in VariedText.samples(4000, seed: 2) + ["", "a", "Ａ", "·", "张三·李四", "《教育》——“发展”", "ǅ", "¨a", "a¨"] {
            #expect(TitleKey.normalize(title) == TitleKey.normalizeThroughFoundation(title), "\(title.debugDescription)")
        }
    }

    /// Every pair of characters of the table's small ranges: a neighbour
    /// never changes a tabled character's key.
    @Test func table_and_foundation_agree_on_every_character_and_pairs_of_them() {
        let ranges = [0x00...0xFF, 0x2000...0x206F, 0x3000...0x303F, 0xFF01...0xFF5E, 0x4E00...0x4E10, 0x9FF0...0x9FFF]
        let scalars = ranges.joined().compactMap { Unicode.Scalar(UInt32($0)) }
        for a in scalars {
            let one = String(a)
            #expect(TitleKey.normalize(one) == TitleKey.normalizeThroughFoundation(one), "\(one.debugDescription)")
        }
        let tabled = scalars.filter { TitleKeyTable.normalize(String($0)) != nil }
        #expect(tabled.count > 500)
        for a in tabled where a.value % 3 == 0 || a.value < 0x100 {
            for b in tabled {
                let pair = String(a) + String(b)
                if TitleKey.normalize(pair) != TitleKey.normalizeThroughFoundation(pair) {
                    Issue.record("\(pair.debugDescription)")
                }
            }
        }
    }

    @Test func titles_outside_the_table_take_the_foundation_path() {
        #expect(TitleKeyTable.normalize("é\u{301}") == nil)
        #expect(TitleKeyTable.normalize("😀") == nil)
        #expect(TitleKeyTable.normalize("ｶﾞ") == nil)
        #expect(TitleKeyTable.normalize("南京：Ａ·1") == "南京a1")
    }
}
