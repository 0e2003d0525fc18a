import YueduModel
import YueduTestSupport
/// What other articles need to know about an article to name it in their
/// related lists: kept for the whole corpus (a few hundred bytes each), while
/// bodies are generated, written and dropped one at a time.
struct ArticleHeader {
    var title: [UInt8]
    var theme: ArticleTheme
    var date: CivilDate
    var site: [UInt8]
    var source: [UInt8]
}

/// A calendar date and time in China Standard Time (+08:00).
struct CivilDate: Comparable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int

    /// The corpus spans five years: 2020-01-01 to 2024-12-31.
    static let firstDay = daysFromCivil(2020, 1, 1)
    static let dayCount = daysFromCivil(2025, 1, 1) - firstDay

    static func random(_ rng: inout SplitMix64) -> CivilDate {
        let (y, m, d) = civilFromDays(firstDay + rng.below(dayCount))
        // Newsrooms publish from early morning to late evening.
        return CivilDate(year: y, month: m, day: d, hour: rng.within(7...22), minute: rng.below(60), second: rng.below(60))
    }

    /// `2024-01-08T09:30:15+08:00`
    var iso8601: String {
        "\(year)-\(Self.pad(month))-\(Self.pad(day))T\(Self.pad(hour)):\(Self.pad(minute)):\(Self.pad(second))+08:00"
    }

    var dateString: String { "\(year)-\(Self.pad(month))-\(Self.pad(day))" }
    var monthDay: String { "\(Self.pad(month))-\(Self.pad(day))" }

    static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day, a.hour, a.minute, a.second) < (b.year, b.month, b.day, b.hour, b.minute, b.second)
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Howard Hinnant's days_from_civil and civil_from_days (proleptic Gregorian).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
