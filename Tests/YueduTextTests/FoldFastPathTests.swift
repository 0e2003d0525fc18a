import Testing
@testable import YueduText

/// The fold's fast paths against the code they replaced: the search index
/// is built from the fold's exact output, so the two must never differ.
@Suite struct FoldFastPathTests {
    static let samples = VariedText.samples(4000) + [
        "", "a", "A", "教育", "ＳＷＩＦＴ", "ｶﾞｲﾄﾞ", "Straße", "發展", "①㍻", "\u{200B}", "e\u{301}", "\n",
        String(repeating: "教育，", count: 3000) + "Ａ",  // longer than any first guess of room
        String(repeating: "ﷺ", count: 500),  // grows 18-fold under NFKC
        String(repeating: "ㅤ", count: 300),
    ]

    @Test func nfkc_casefold_over_utf8_equals_the_utf16_path() {
        for s in Self.samples { #expect(NFKCCaseFold.apply(s) == NFKCCaseFold.applyThroughUTF16(s), "\(s.debugDescription)") }
    }

    @Test func fold_without_chinese_equals_the_scalar_classification() {
        for s in Self.samples {
            #expect(Folding.foldWithoutChinese(s) == Self.referenceFoldWithoutChinese(s), "\(s.debugDescription)")
        }
    }

    @Test func t2s_precheck_over_utf8_equals_the_scalar_check() {
        for s in Self.samples {
            #expect(TraditionalToSimplified.mayChange(s) == TraditionalToSimplified.mayChangeByScalars(s), "\(s.debugDescription)")
        }
        #expect(TraditionalToSimplified.mayChange("發"))
        #expect(!TraditionalToSimplified.mayChange("发展"))
    }

    /// The set is built through the shim's tables; OpenCC's own converter,
    /// one character per line as it was built before, must agree on every
    /// candidate, assigned or not.
    @Test func the_characters_t2s_changes_alone_are_those_opencc_itself_changes() throws {
        let candidates = (Array(0x2E80...0x9FFF) + Array(0xF900...0xFAFF) + Array(0x20000...0x3134F))
            .compactMap { Unicode.Scalar(UInt32($0)) }
        var probe = String.UnicodeScalarView()
        for scalar in candidates {
            probe.append(scalar)
            probe.append("\n")
        }
        let converted = try #require(TraditionalToSimplified.openCC(String(probe)))
        let lines = converted.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        try #require(lines.count >= candidates.count)
        var changed = 0
        var disagreements: [String] = []
        for (scalar, line) in zip(candidates, lines) {
            let changes = line.count != 1 || line.first != scalar
            changed += changes ? 1 : 0
            if TraditionalToSimplified.changing.contains(scalar.value) != changes {
                disagreements.append(String(scalar))
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
        #expect(changed > 2000, "t2s changed only \(changed) characters")
    }

    @Test func fold_through_the_table_equals_the_fold_through_icu() {
        for s in Self.samples {
            let reference = Self.referenceFold(s)
            #expect(Folding.fold(s) == reference, "\(s.debugDescription)")
            #expect(SearchFold.fold(s) == reference)
        }
        #expect(FoldTable.fold("南京，Ａ“發”") != nil)
        #expect(FoldTable.fold("ｶﾞ") == nil)
    }

    /// Every tabled character of the small blocks before and after a sample
    /// of tabled characters: folding them together is folding them apart.
    @Test func tabled_characters_fold_alike_together_and_apart() {
        let small = [0x00...0xFF, 0x2000...0x206F, 0x3000...0x30FF, 0xFF00...0xFFEF].joined()
            .compactMap { Unicode.Scalar(UInt32($0)) }.filter { FoldTable.fold(String($0)) != nil }
        let ideographs = stride(from: 0x3400, through: 0x9FFF, by: 97).compactMap { Unicode.Scalar(UInt32($0)) }
        let hangul = stride(from: 0xAC00, through: 0xD7A3, by: 89).compactMap { Unicode.Scalar(UInt32($0)) }
        let partners = small.enumerated().filter { $0.offset % 7 == 0 }.map(\.element)
            + (ideographs + hangul).filter { FoldTable.fold(String($0)) != nil }
        #expect(small.count > 600)
        for a in small {
            for b in partners {
                let pair = String(a) + String(b), reversed = String(b) + String(a)
                for text in [pair, reversed] {
                    guard let (folded, _) = FoldTable.fold(text) else { Issue.record("not tabled: \(text.debugDescription)"); continue }
                    if folded != NFKCCaseFold.applyThroughUTF16(text) { Issue.record("\(text.debugDescription)") }
                }
            }
        }
    }

    /// The fold as it was: classification over scalars, ICU through UTF-16,
    /// the t2s check over scalars.
    static func referenceFold(_ s: String) -> String {
        let folded = referenceFoldWithoutChinese(s)
        guard TraditionalToSimplified.mayChangeByScalars(folded) else { return folded }
        return TraditionalToSimplified.openCC(folded) ?? folded
    }

    /// The classification as it was, over `unicodeScalars`.
    static func referenceFoldWithoutChinese(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: s.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        let folded = s.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x20...0x40, 0x5B...0x7E, 0x3001...0x3002, 0x3041...0x3096, 0x30A1...0x30FA,
                 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x3400...0x4DBF:
                return true
            default:
                return scalar.value == 0x0A
            }
        }
        return folded ? s : NFKCCaseFold.applyThroughUTF16(s)
    }
}
