import YueduHTML
import YueduModel

/// Dates as feeds write them. RFC 822 and its broken forms are read here;
/// ISO 8601 and the Chinese forms (`2024年1月8日 09:30`, `2024-01-08
/// 09:30:00`) by the web pages' DateFinder, the one reader of written
/// dates. `chinese` is the feed's zone: a zh feed or a .cn host means a
/// zone-less time is +08:00 and `CST` is China Standard Time, not US Central.
public enum FeedDate {
    public static func parse(_ raw: String, chinese: Bool) -> PublishedDate? {
        let text = Whitespace.trim(raw)
        guard !text.isEmpty else { return nil }
        if let date = rfc822(text, chinese: chinese) { return date }
        return DateFinder.parse(text, chinese: chinese)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `Mon, 08 Jan 2024 09:30:00 +0800` and what feeds send instead: no or a
    /// wrong weekday, one-digit days, two-digit years, full month names,
    /// `Jan 08 2024`, no seconds, `GMT+8`, a named zone, no zone.
    static func rfc822(_ text: String, chinese: Bool) -> PublishedDate? {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        var day: Int?, month: Int?, year: Int?
        var time: (Int, Int, Int?)?
        var zone: Int?
        var zoneSeen = false
        for token in tokens {
            let lower = token.lowercased()
            let word = lower.allSatisfy(\.isLetter)
            if word, time == nil, weekday(lower) {
                continue  // a weekday, right or wrong, says nothing the date does not
            } else if word, month == nil, lower.count >= 3, let m = months.firstIndex(of: String(lower.prefix(3))) {
                month = m + 1
            } else if time == nil, token.contains(":"), token.first?.isNumber == true {
                let parts = token.split(separator: ":").map { Int($0) }
                guard parts.count >= 2, parts.count <= 3, let h = parts[0], let m = parts[1], h < 24, m < 60 else { return nil }
                let s = parts.count == 3 ? parts[2] : nil
                if parts.count == 3, s == nil { return nil }
                time = (h, m, s)
            } else if let n = Int(token), token.allSatisfy(\.isNumber) {
                if day == nil, token.count <= 2, year == nil || month != nil { day = n }
                else if year == nil { year = token.count == 2 ? (n < 50 ? 2000 + n : 1900 + n) : n }
                else { return nil }
            } else if time != nil, !zoneSeen {
                zoneSeen = true
                guard let offset = zoneOffset(token, chinese: chinese) else { return nil }
                zone = offset
            } else {
                return nil
            }
        }
        guard let d = day, let m = month, let y = year, (1900...2200).contains(y), d >= 1, d <= PublishedDate.daysIn(month: m, year: y)
        else { return nil }
        var date = PublishedDate(year: y, month: m, day: d)
        if let (h, mi, s) = time {
            date.hour = h; date.minute = mi; date.second = s
            date.utcOffsetMinutes = zoneSeen ? zone : (chinese ? 480 : nil)
        }
        return date
    }

    private static func weekday(_ lower: String) -> Bool {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].contains(String(lower.prefix(3)))
    }

    /// Minutes east of UTC for `+0800`, `+08:00`, `GMT+8`, `UTC+08:00`, `Z`,
    /// and RFC 822's named zones (with `CST` read by the feed's zone).
    static func zoneOffset(_ token: String, chinese: Bool) -> Int? {
        let upper = token.uppercased()
        switch upper {
        case "GMT", "UT", "UTC", "Z": return 0
        case "EST": return -300
        case "EDT", "CDT": return upper == "EDT" ? -240 : -300
        case "CST": return chinese ? 480 : -360
        case "MST": return -420
        case "MDT": return -360
        case "PST": return -480
        case "PDT": return -420
        case "HKT", "AWST", "SGT": return 480
        case "JST", "KST": return 540
        default: break
        }
        var rest = Substring(upper)
        for prefix in ["GMT", "UTC", "UT"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count); break }
        guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
        let digits = rest.dropFirst().filter { $0 != ":" }
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber), digits.count <= 4 else { return nil }
        let hours: Int, minutes: Int
        if digits.count <= 2 { hours = Int(digits)!; minutes = 0 } else {
            hours = Int(digits.dropLast(2))!; minutes = Int(digits.suffix(2))!
        }
        guard hours <= 14, minutes < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
    }
}
