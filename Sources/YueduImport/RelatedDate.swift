import YueduModel

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

    /// Splits `山东省教育厅09-26` into its source and the trailing date.
    static func splitSourceAndDate(_ line: Substring) -> (source: Substring, date: Substring)? {
        let text = line.trimmingSpaces
        for length in [10, 5] where text.count >= length {
            let date = text.suffix(length)
            let before = text.dropLast(length)
            // `2023-09-26` also ends in `09-26`: take the long form when the
            // characters before it make it one.
            if length == 5, let last = before.last, last == "-" { continue }
            if date.allSatisfy({ $0.isASCIIDigit || $0 == "-" }), resolve(date, articleYear: 2000) != nil {
                return (before.trimmingSpaces, date)
            }
        }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
