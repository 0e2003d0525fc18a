import Foundation
import YueduModel

/// The published date-time with its offset: meta tags, JSON-LD
/// `datePublished`, `<time>`, then the first date written in the lines
/// around the headline. Zone-less times on Chinese pages are +08:00, and
/// `CST` there is China Standard Time.
package enum DateFinder {
    static let metaKeys = ["article:published_time", "og:article:published_time", "og:published_time",
                           "datepublished", "publishdate", "publish_date", "pubdate", "publishtime", "publish-date",
                           "dc.date.issued", "dc.date", "sailthru.date", "og:release_date", "article:published",
                           "weibo: article:create_at", "release_date", "date"]

    static func find(meta: PageMeta, lines: [String], headlineLine: Int?, chinese: Bool) -> PublishedDate? {
        let visible = visibleDate(lines: lines, headlineLine: headlineLine, chinese: chinese)
        guard let declared = declaredDate(meta: meta, chinese: chinese) else { return visible }
        // A declared day without a time: the byline's time on that same day completes it.
        if declared.hour == nil, let visible, visible.hour != nil, visible.dateString == declared.dateString { return visible }
        return declared
    }

    private static func declaredDate(meta: PageMeta, chinese: Bool) -> PublishedDate? {
        if let value = meta.meta(metaKeys), let date = parse(value, chinese: chinese) { return date }
        if let value = meta.linkedValue("datePublished"), let date = parse(value, chinese: chinese) { return date }
        for node in meta.timeElements {
            let value = node.attribute("datetime") ?? node.attribute("content") ?? node.text
            if let date = parse(value, chinese: chinese) { return date }
        }
        return nil
    }

    /// The first date written in the lines around the headline (the byline line).
    private static func visibleDate(lines: [String], headlineLine: Int?, chinese: Bool) -> PublishedDate? {
        let start = max(0, (headlineLine ?? 0) - 2)
        var found: PublishedDate?
        let window = Array(lines[min(start, lines.count)..<min(lines.count, start + 25)])
        for (i, line) in window.enumerated() where line.count < 200 {
            guard let date = firstDate(in: line, chinese: chinese) ?? splitDate(window, at: i, chinese: chinese) else { continue }
            if let day = found {
                // A bare day first ("2019-05-17 · 无锡交警"), its time written further on.
                if date.dateString == day.dateString, date.hour != nil { return date }
                continue
            }
            if date.hour != nil { return date }
            found = date
        }
        return found
    }

    /// A date laid out over lines of its own: `2019` / `09/07` / `19:02` (qq.com's side bar).
    private static func splitDate(_ lines: [String], at i: Int, chinese: Bool) -> PublishedDate? {
        guard i + 1 < lines.count, lines[i].count == 4, lines[i].allSatisfy(\.isASCII), Int(lines[i]) != nil else { return nil }
        let monthDay = lines[i + 1].split(separator: "/")
        guard monthDay.count == 2, monthDay.allSatisfy({ $0.count <= 2 && Int($0) != nil }) else { return nil }
        var text = lines[i] + "-" + monthDay.joined(separator: "-")
        if i + 2 < lines.count, lines[i + 2].count == 5, lines[i + 2].contains(":") { text += " " + lines[i + 2] }
        return firstDate(in: text, chinese: chinese)
    }

    private static let written = try! NSRegularExpression(pattern:
        "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
        + "(?:\\s*(?:T|\\s)?\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{2})(?:\\s*[:：分]\\s*(\\d{2})(?:\\.\\d+)?)?)?"
        + "\\s*(Z|CST|GMT|UTC|[+-]\\d{2}:?\\d{2})?")

    /// A date-time as pages write it: ISO 8601, `2019-05-20 10:02:03`,
    /// `2016年10月14日07:17`, `2020/03/05 12:00 +0800`.
    package static func parse(_ text: String, chinese: Bool) -> PublishedDate? {
        let trimmed = Whitespace.trim(text)
        if var iso = PublishedDate(iso8601: trimmed) {
            if iso.hour != nil, iso.utcOffsetMinutes == nil, chinese { iso.utcOffsetMinutes = 480 }
            return iso
        }
        return firstDate(in: trimmed, chinese: chinese)
    }

    static func firstDate(in text: String, chinese: Bool) -> PublishedDate? {
        guard let m = written.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        func group(_ i: Int) -> String? {
            guard let r = Range(m.range(at: i), in: text) else { return nil }
            return String(text[r])
        }
        guard let y = group(1).flatMap(Int.init), let mo = group(2).flatMap(Int.init), let d = group(3).flatMap(Int.init),
              (1...12).contains(mo), (1...PublishedDate.daysIn(month: mo, year: y)).contains(d) else { return nil }
        var date = PublishedDate(year: y, month: mo, day: d)
        if let h = group(4).flatMap(Int.init), let mi = group(5).flatMap(Int.init), h < 24, mi < 60 {
            date.hour = h; date.minute = mi
            date.second = group(6).flatMap(Int.init).flatMap { $0 < 61 ? $0 : nil }
            date.utcOffsetMinutes = offset(group(7), chinese: chinese)
        }
        return date
    }

    private static func offset(_ zone: String?, chinese: Bool) -> Int? {
        guard let zone else { return chinese ? 480 : nil }
        switch zone {
        case "Z", "GMT", "UTC": return 0
        case "CST": return chinese ? 480 : -360
        default:
            let digits = zone.filter(\.isNumber).compactMap(\.wholeNumberValue)
            guard digits.count == 4 else { return nil }
            let minutes = (digits[0] * 10 + digits[1]) * 60 + digits[2] * 10 + digits[3]
            return zone.hasPrefix("-") ? -minutes : minutes
        }
    }
}
