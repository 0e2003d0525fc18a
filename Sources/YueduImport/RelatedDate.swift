import YueduModel
import YueduText

/// A related item's date as the page or JSON wrote it: `YYYY-MM-DD`, or
/// `MM-DD`, which takes the owning article's year and is marked inferred.
/// (The year is taken as is, even when that puts the item after the article:
/// the page gives no better evidence.)
enum RelatedDate {
    struct Resolved: Equatable {
        var date: PublishedDate
        var yearInferred: Bool
    }

    static func resolve(_ written: Substring, articleYear: Int) -> Resolved? {
        if let ascii = resolveASCII(written, articleYear: articleYear) { return ascii }
        return resolveByCharacters(written, articleYear: articleYear)
    }

    /// The definition, over Characters; `resolveASCII` gives the same for ASCII.
    static func resolveByCharacters(_ written: Substring, articleYear: Int) -> Resolved? {
        let parts = written.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let year: Int, monthText: Substring, dayText: Substring, inferred: Bool
        switch parts.count {
        case 2 where parts[0].count == 2 && parts[1].count == 2:
            year = articleYear; monthText = parts[0]; dayText = parts[1]; inferred = true
        case 3 where parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2:
            year = Int(parts[0])!; monthText = parts[1]; dayText = parts[2]; inferred = false
        default:
            return nil
        }
        let month = Int(monthText)!, day = Int(dayText)!
        guard (1...12).contains(month), (1...PublishedDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        return Resolved(date: PublishedDate(year: year, month: month, day: day), yearInferred: inferred)
    }

    /// `resolve` for ASCII text, from its bytes: every related item's date
    /// is resolved, and Character splitting and `isWholeNumber` lookups made
    /// that a tenth of reading a line. `.some(nil)` is a definite no; nil
    /// (not ASCII) leaves the text to the Character path. For ASCII the two
    /// agree: each Character is one byte (CR LF is two, but no digit).
    static func resolveASCII(_ written: Substring, articleYear: Int) -> Resolved?? {
        written.utf8.withContiguousStorageIfAvailable { bytes -> Resolved?? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            func number(_ from: Int, _ count: Int) -> Int? {
                var value = 0
                for b in bytes[from..<from + count] {
                    guard b >= 0x30, b <= 0x39 else { return nil }
                    value = value * 10 + Int(b - 0x30)
                }
                return value
            }
            let year: Int, month: Int, day: Int, inferred: Bool
            let dash = UInt8(ascii: "-")
            if bytes.count == 5, bytes[2] == dash, let m = number(0, 2), let d = number(3, 2) {
                year = articleYear; month = m; day = d; inferred = true
            } else if bytes.count == 10, bytes[4] == dash, bytes[7] == dash,
                      let y = number(0, 4), let m = number(5, 2), let d = number(8, 2) {
                year = y; month = m; day = d; inferred = false
            } else {
                return .some(nil)
            }
            guard (1...12).contains(month), (1...PublishedDate.daysIn(month: month, year: year)).contains(day) else {
                return .some(nil)
            }
            return Resolved(date: PublishedDate(year: year, month: month, day: day), yearInferred: inferred)
        } ?? nil
    }

    /// Splits `山东省教育厅09-26` into its source and the trailing date.
    static func splitSourceAndDate(_ line: Substring) -> (source: Substring, date: Substring)? {
        let text = line.trimmingWhitespace
        for length in [10, 5] where text.count >= length {
            let date = text.suffix(length)
            let before = text.dropLast(length)
            // `2023-09-26` also ends in `09-26`: take the long form when the
            // characters before it make it one.
            if length == 5, let last = before.last, last == "-" { continue }
            if date.allSatisfy({ $0.isASCIIDigit || $0 == "-" }), resolve(date, articleYear: 2000) != nil {
                return (before.trimmingWhitespace, date)
            }
        }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
