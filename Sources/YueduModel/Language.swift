/// The language an article is written in; it picks line-breaking rules.
public enum Language: String, Codable, Sendable, CaseIterable, Hashable {
    case zh, ja, ko, other

    /// The ICU locale whose line-break tailoring fits this language.
    public var lineBreakLocale: String {
        switch self {
        case .zh: return "zh"
        case .ja: return "ja@lb=strict"
        case .ko: return "ko"
        case .other: return "en"
        }
    }
}
