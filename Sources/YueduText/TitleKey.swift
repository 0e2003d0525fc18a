import Foundation

/// The normalized form of a title used to match a related item to the
/// article it names, and to derive an article key when there is no URL:
/// NFKC, case-folded, with spaces, punctuation and symbols ignored, so
/// `山东安丘市:构建…` and `山东安丘市：构建 …` are the same title.
public enum TitleKey {
    public static func normalize(_ title: String) -> String {
        TitleKeyTable.normalize(title) ?? normalizeThroughFoundation(title)
    }

    /// The definition: Foundation's NFKC and case folding, then the letters,
    /// digits and marks kept. `normalize` gives the same through a table for
    /// titles of common characters; this serves every other title.
    static func normalizeThroughFoundation(_ title: String) -> String {
        let folded = title.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive], locale: nil)
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where keeps(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    static func keeps(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}
