import YueduText

/// A publication date exactly as precise as its source: a calendar date, an
/// optional time of day and an optional UTC offset (Chinese sites write local
/// time, +08:00).
public struct PublishedDate: Hashable, Sendable, Codable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// Minutes east of UTC, when known.
    public var utcOffsetMinutes: Int?

    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil,
                second: Int? = nil, utcOffsetMinutes: Int? = nil) {
        self.year = year; self.month = month; self.day = day
        self.hour = hour; self.minute = minute; self.second = second
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `T` or a space, `HH:MM`,
    /// optional `:SS` and fraction, and an optional `Z` or `±HH:MM` / `±HHMM`.
    public init?(iso8601 text: String) {
        let s = Array(text.trimmingWhitespace.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= s.count else { return nil }
            var value = 0
            for b in s[from..<from + count] {
                guard b >= 48, b <= 57 else { return nil }
                value = value * 10 + Int(b - 48)
            }
            return value
        }
        guard s.count >= 10, let y = number(0, 4), s[4] == 45, let mo = number(5, 2), s[7] == 45,
              let d = number(8, 2), (1...12).contains(mo), (1...PublishedDate.daysIn(month: mo, year: y)).contains(d)
        else { return nil }
        self.init(year: y, month: mo, day: d)
        var i = 10
        if i == s.count { return }
        guard s[i] == 84 || s[i] == 32, let h = number(i + 1, 2), s.count > i + 3, s[i + 3] == 58,
              let mi = number(i + 4, 2), h < 24, mi < 60 else { return nil }
        hour = h; minute = mi
        i += 6
        if i < s.count, s[i] == 58 {
            guard let sec = number(i + 1, 2), sec < 61 else { return nil }
            second = sec
            i += 3
            if i < s.count, s[i] == 46 || s[i] == 44 {
                i += 1
                while i < s.count, s[i] >= 48, s[i] <= 57 { i += 1 }
            }
        }
        if i == s.count { return }
        if s[i] == 90, i + 1 == s.count { utcOffsetMinutes = 0; return }
        guard s[i] == 43 || s[i] == 45, let oh = number(i + 1, 2) else { return nil }
        var rest = i + 3
        if rest < s.count, s[rest] == 58 { rest += 1 }
        guard let om = number(rest, 2), rest + 2 == s.count, oh < 24, om < 60 else { return nil }
        utcOffsetMinutes = (s[i] == 45 ? -1 : 1) * (oh * 60 + om)
    }

    /// `2024-01-08`, `2024-01-08T09:30+08:00`, `2024-01-08T09:30:15Z`…
    public var iso8601: String {
        var out = dateString
        guard let hour, let minute else { return out }
        out += "T" + Self.pad(hour) + ":" + Self.pad(minute)
        if let second { out += ":" + Self.pad(second) }
        if let offset = utcOffsetMinutes {
            if offset == 0 { out += "Z" } else {
                out += (offset < 0 ? "-" : "+") + Self.pad(abs(offset) / 60) + ":" + Self.pad(abs(offset) % 60)
            }
        }
        return out
    }

    /// `2024-01-08`
    public var dateString: String { Self.pad(year, 4) + "-" + Self.pad(month) + "-" + Self.pad(day) }

    /// `2024-01-08 09:30` (or the date alone), the way the sample page writes it.
    public var displayString: String {
        guard let hour, let minute else { return dateString }
        return dateString + " " + Self.pad(hour) + ":" + Self.pad(minute)
    }

    /// Seconds since 1970-01-01T00:00Z; a date without time counts as local
    /// midnight, an unknown offset as UTC. Used to order articles.
    public var epochSeconds: Int64 {
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64((hour ?? 0) * 3600 + (minute ?? 0) * 60 + (second ?? 0))
        return seconds - Int64((utcOffsetMinutes ?? 0) * 60)
    }

    public static func < (a: PublishedDate, b: PublishedDate) -> Bool { a.epochSeconds < b.epochSeconds }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's days_from_civil: proleptic Gregorian, no Foundation.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func pad(_ n: Int, _ width: Int = 2) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
