/// N1: the search fold, identical at index and query time: NFKC, full case
/// folding (ß → ss), NFKC and NFC again, default-ignorable code points
/// removed (all four are ICU's NFKC_Casefold), then OpenCC t2s.
enum Folding {
    static func fold(_ s: String) -> String {
        if let (folded, mayChange) = FoldTable.fold(s) {
            return mayChange ? TraditionalToSimplified.openCC(folded) ?? folded : folded
        }
        return TraditionalToSimplified.convert(foldWithoutChinese(s))
    }

    /// Every step except t2s, which needs phrase context and runs once over
    /// the whole text.
    static func foldWithoutChinese(_ s: String) -> String {
        switch FoldShape.of(s) {
        case .lowercaseASCII, .alreadyFolded: return s
        case .ascii: return asciiFold(s)
        case .other: return NFKCCaseFold.apply(s)
        }
    }

    /// The fold of `s` and, for each Character of it, the offset of the
    /// original Character it came from (N3). Each original Character is
    /// folded alone, so every folded Character has exactly one origin.
    static func foldWithMap(_ s: String) -> (folded: String, originalOffsets: [Int]) {
        var scalars = String.UnicodeScalarView()
        var scalarOrigins: [Int] = []
        for (offset, character) in s.enumerated() {
            for scalar in foldWithoutChinese(String(character)).unicodeScalars {
                scalars.append(scalar)
                scalarOrigins.append(offset)
            }
        }
        let beforeT2S = String(scalars)
        let folded = simplified(beforeT2S, keepingScalarCount: scalarOrigins.count)
        var characterOrigins: [Int] = []
        var scalarIndex = 0
        for character in folded {
            characterOrigins.append(scalarOrigins[min(scalarIndex, scalarOrigins.count - 1)])
            scalarIndex += character.unicodeScalars.count
        }
        return (folded, characterOrigins)
    }

    /// t2s over the whole text when it keeps one scalar per scalar (true of
    /// t2s in practice); otherwise character by character, which keeps the
    /// offset map exact at the cost of phrase context.
    private static func simplified(_ text: String, keepingScalarCount count: Int) -> String {
        let whole = TraditionalToSimplified.convert(text)
        if whole.unicodeScalars.count == count { return whole }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let converted = TraditionalToSimplified.convert(String(scalar)).unicodeScalars
            out.append(converted.count == 1 ? converted.first! : scalar)
        }
        return String(out)
    }

    private static func asciiFold(_ s: String) -> String {
        String(decoding: s.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
