/// Whether to draw borders with box-drawing characters or ASCII.
public enum LineDrawing {
    /// Terminals from before Unicode: their terminfo has acsc (DEC special
    /// graphics), but they cannot show U+2500 characters, which is what a
    /// UTF-8 ncursesw sends.
    static let preUnicode = ["vt52", "vt100", "vt102", "vt220", "vt320", "vt420", "ansi", "linux-m"]

    public static func supported(hasACSC: Bool, term: String) -> Bool {
        guard hasACSC else { return false }
        let base = term.split(separator: "-").first.map(String.init) ?? term
        return !preUnicode.contains(term) && !preUnicode.contains(base)
    }
}
