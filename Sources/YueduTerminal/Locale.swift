import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

public enum TerminalLocaleError: Error, CustomStringConvertible {
    case noUTF8Locale(codeset: String)
    public var description: String {
        switch self {
        case .noUTF8Locale(let codeset):
            return "yuedu needs a UTF-8 locale to show Chinese, Japanese and Korean text; the locale's codeset is \(codeset) and C.UTF-8 is not available. Set LC_ALL=C.UTF-8 (or another UTF-8 locale) and try again."
        }
    }
}

/// Rule W1: take the user's locale; if its codeset is not UTF-8 (LANG unset,
/// LC_ALL=C), fall back to C.UTF-8 for LC_CTYPE, since under C ncursesw and
/// wcwidth treat every CJK character as unprintable.
public func adoptUTF8Locale() throws {
    setlocale(LC_ALL, "")
    if isUTF8Codeset() { return }
    let original = String(cString: nl_langinfo(yuedu_codeset()))
    if setlocale(LC_CTYPE, "C.UTF-8") != nil, isUTF8Codeset() { return }
    throw TerminalLocaleError.noUTF8Locale(codeset: original)
}

private func isUTF8Codeset() -> Bool {
    let codeset = String(cString: nl_langinfo(yuedu_codeset())).uppercased()
    return codeset == "UTF-8" || codeset == "UTF8"
}
