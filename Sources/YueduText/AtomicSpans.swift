/// L5 and L6: runs that must not be broken inside, found on the clusters'
/// leading code points: URLs (scheme:// or www.) and ISO date-times
/// (`2024-01-08 09:30`, `2024-01-08T09:30:15`).
enum AtomicSpans {
    enum Kind { case url, dateTime }
    struct Span: Equatable { var range: Range<Int>; var kind: Kind }

    static func find(in lead: [UInt32]) -> [Span] {
        var spans: [Span] = []
        var i = 0
        while i < lead.count {
            let v = lead[i]
            // Only a digit can start a date-time and only ':' or 'w' a URL match.
            guard (0x30...0x3A).contains(v) || v == 0x77 else { i += 1; continue }
            if let end = dateTimeEnd(lead, from: i) {
                spans.append(Span(range: i..<end, kind: .dateTime))
                i = end
            } else if let span = url(lead, at: i) {
                spans.append(span)
                i = span.range.upperBound
            } else {
                i += 1
            }
        }
        return spans
    }

    // MARK: URLs

    private static func url(_ lead: [UInt32], at i: Int) -> Span? {
        let start: Int
        if matches(lead, at: i, "://") {
            var s = i
            while s > 0 && isSchemeCharacter(lead[s - 1]) { s -= 1 }
            while s < i && !isASCIILetter(lead[s]) { s += 1 }
            guard s < i else { return nil }
            start = s
        } else if matches(lead, at: i, "www.") && (i == 0 || !isASCIIAlphanumeric(lead[i - 1])) {
            start = i
        } else {
            return nil
        }
        var end = i
        while end < lead.count && isURLCharacter(lead[end]) { end += 1 }
        // Sentence punctuation after a URL is not part of it.
        while end > i + 3, isTrailingPunctuation(lead[end - 1], in: lead[start..<end]) { end -= 1 }
        return end > i + 3 ? Span(range: start..<end, kind: .url) : nil
    }

    private static func matches(_ lead: [UInt32], at i: Int, _ literal: String) -> Bool {
        var j = i
        for unit in literal.utf8 {
            guard j < lead.count, lead[j] == UInt32(unit) else { return false }
            j += 1
        }
        return true
    }

    private static func isTrailingPunctuation(_ v: UInt32, in url: ArraySlice<UInt32>) -> Bool {
        switch v {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x22: return true     // . , ; : ! ? ' "
        case 0x29: return !url.contains(0x28)                                // ) without (
        default: return false
        }
    }

    private static func isURLCharacter(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return false    // " < > \ ^ ` { | }
        case 0x21...0x7E: return true
        default: return false
        }
    }

    private static func isSchemeCharacter(_ v: UInt32) -> Bool {
        isASCIIAlphanumeric(v) || v == 0x2B || v == 0x2D || v == 0x2E
    }

    // MARK: Date-times

    /// End of `YYYY-MM-DD[ T]hh:mm[:ss]` starting at `i`, or nil. A date
    /// alone is left to ICU, which never breaks inside it.
    private static func dateTimeEnd(_ lead: [UInt32], from i: Int) -> Int? {
        guard i == 0 || !isDigit(lead[i - 1]) else { return nil }
        var j = i
        func digits(_ n: Int) -> Bool {
            for _ in 0..<n { guard j < lead.count, isDigit(lead[j]) else { return false }; j += 1 }
            return true
        }
        func literal(_ v: UInt32) -> Bool {
            guard j < lead.count, lead[j] == v else { return false }
            j += 1
            return true
        }
        guard digits(4), literal(0x2D), digits(2), literal(0x2D), digits(2) else { return nil }
        guard j < lead.count, lead[j] == 0x20 || lead[j] == 0x54 else { return nil }
        j += 1
        guard digits(2), literal(0x3A), digits(2) else { return nil }
        let minutesEnd = j
        if literal(0x3A), digits(2) { return j }
        return minutesEnd
    }

    private static func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) }
    private static func isASCIILetter(_ v: UInt32) -> Bool { (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) }
    private static func isASCIIAlphanumeric(_ v: UInt32) -> Bool { isDigit(v) || isASCIILetter(v) }
}
