import YueduModel

/// The line under a page's title: `site YYYY-MM-DD HH:MM 围观N次`.
struct Byline: Equatable {
    var site: String
    var published: PublishedDate
    var views: Int?

    /// Chinese sites write Beijing time without saying so: the importer
    /// records it as +08:00.
    static let beijingOffsetMinutes = 480

    /// nil when `line` is not a byline: it must hold a valid date and time
    /// (`HH:MM` or `HH:MM:SS`), followed by nothing or a view count
    /// (`围观727次`, also 阅读/浏览, simplified or traditional). The site is whatever comes before the
    /// date, possibly empty.
    static func parse(_ line: Substring) -> Byline? {
        let tokens = line.split(whereSeparator: \.isWhitespace)
        for i in tokens.indices.dropLast() {
            guard let date = RelatedDate.resolve(tokens[i], articleYear: 0), !date.yearInferred,
                  let time = clockTime(tokens[i + 1]) else { continue }
            let rest = tokens[(i + 2)...].joined()
            let views: Int?
            if rest.isEmpty {
                views = nil
            } else if let count = viewCount(rest) {
                views = count
            } else {
                continue
            }
            var published = date.date
            published.hour = time.hour; published.minute = time.minute; published.second = time.second
            published.utcOffsetMinutes = beijingOffsetMinutes
            return Byline(site: tokens[..<i].joined(separator: " "), published: published, views: views)
        }
        return nil
    }

    private static func clockTime(_ token: Substring) -> (hour: Int, minute: Int, second: Int?)? {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60 else { return nil }
        if parts.count == 3 {
            guard let second = Int(parts[2]), second < 60 else { return nil }
            return (hour, minute, second)
        }
        return (hour, minute, nil)
    }

    private static func viewCount(_ text: String) -> Int? {
        for prefix in ["围观", "阅读", "浏览", "圍觀", "閱讀", "瀏覽"] where text.hasPrefix(prefix) && text.hasSuffix("次") {
            let digits = text.dropFirst(prefix.count).dropLast()
            guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
            return Int(digits)
        }
        return nil
    }
}
