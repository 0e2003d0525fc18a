/// N1: the search fold, identical at index and query time: NFKC, full case
/// folding (ß → ss), NFKC and NFC again, default-ignorable code points
/// removed (all four are ICU's NFKC_Casefold), then OpenCC t2s.
enum Folding {
    static func fold(_ s: String) -> String {
        TraditionalToSimplified.convert(foldWithoutChinese(s))
    }

    /// Every step except t2s, which needs phrase context and runs once over
    /// the whole text.
    static func foldWithoutChinese(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return asciiFold(s) }
        if isAlreadyFolded(s) { return s }
        return NFKCCaseFold.apply(s)
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
        guard s.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return s }
        return String(decoding: s.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// Lower-case ASCII, ideographs, kana and hangul syllables are fixed
    /// points of every step but t2s: such text needs no ICU call.
    private static func isAlreadyFolded(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { scalar in
            let v = scalar.value
            switch v {
            case 0x20...0x40, 0x5B...0x7E, 0x3001...0x3002, 0x3041...0x3096, 0x30A1...0x30FA,
                 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x3400...0x4DBF:
                return true
            default:
                return v == 0x0A
            }
        }
    }
}
