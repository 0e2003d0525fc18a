import CLineBreak

/// Where a line may break (L1, L2, L4–L6, L10): ICU's UAX #14 opportunities
/// for the locale, moved onto cluster boundaries, then tailored: Korean
/// word basis, kinsoku, atomic URLs and date-times.
struct BreakOpportunities {
    /// allowed[i]: a row may start at cluster i (i > 0).
    private(set) var allowed: [Bool]
    /// Atomic runs (URLs, date-times), sorted; inside a URL an emergency
    /// break cuts at the limit (L5).
    private(set) var spans: [AtomicSpans.Span]

    init(_ line: ClusterLine, locale: String, koreanKeepAll: Bool) {
        allowed = BreakOpportunities.icuOpportunities(line, locale: locale)
        spans = AtomicSpans.find(in: line.lead)
        let keepAll = koreanKeepAll && locale.hasPrefix("ko")
        let lead = line.lead
        for i in 1..<max(line.count, 1) where allowed[i] {
            if !BreakOpportunities.keepsKinsoku(line, breakingAt: i, rowStart: 0) {
                allowed[i] = false
            } else if keepAll && BreakOpportunities.joinsKoreanWord(lead[i - 1], lead[i]) {
                allowed[i] = false
            }
        }
        for span in spans where span.range.count > 1 {
            for i in (span.range.lowerBound + 1)..<span.range.upperBound { allowed[i] = false }
        }
    }

    /// True when cluster i lies inside a URL (not at its start). Spans are
    /// sorted and disjoint: a binary search keeps hostile text with many
    /// URLs linear.
    func isInsideURL(_ i: Int) -> Bool {
        var low = 0, high = spans.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = spans[mid].range
            if i <= range.lowerBound { high = mid - 1 } else if i >= range.upperBound { low = mid + 1 } else {
                return spans[mid].kind == .url
            }
        }
        return false
    }

    /// ICU's break positions, as a flag per cluster start. Breaks ICU puts
    /// inside a cluster (it is not grapheme-aware everywhere) are ignored (G1).
    static func icuOpportunities(_ line: ClusterLine, locale: String) -> [Bool] {
        var allowed = [Bool](repeating: false, count: line.count + 1)
        guard line.count > 1 else { return allowed }
        var cluster = 0
        let starts = line.utf16Start
        for offset in icuUTF16Offsets(line.utf16, locale: locale) {
            while cluster < starts.count && starts[cluster] < offset { cluster += 1 }
            if cluster < starts.count && starts[cluster] == offset { allowed[cluster] = true }
        }
        return allowed
    }

    /// ICU's raw UAX #14 break positions (UTF-16 offsets > 0, the end of the
    /// text included) under `locale`; empty if ICU fails.
    static func icuUTF16Offsets(_ text: String, locale: String) -> [Int32] {
        icuUTF16Offsets(Array(text.utf16), locale: locale)
    }

    static func icuUTF16Offsets(_ utf16: [UInt16], locale: String) -> [Int32] {
        let capacity = utf16.count + 1
        var offsets = [Int32](repeating: 0, count: capacity)
        var mandatory = [UInt8](repeating: 0, count: capacity)
        let found = utf16.withUnsafeBufferPointer { text in
            offsets.withUnsafeMutableBufferPointer { offsetBuffer in
                mandatory.withUnsafeMutableBufferPointer { mandatoryBuffer in
                    yuedu_line_breaks(locale, text.baseAddress, Int32(text.count),
                                      offsetBuffer.baseAddress, mandatoryBuffer.baseAddress, Int32(capacity))
                }
            }
        }
        return found > 0 ? Array(offsets[0..<Int(found)]) : []
    }

    /// L2 for a break before cluster j, judged on what the reader sees:
    /// spaces at the break are dropped (L9), so "（ " still ends with "（"
    /// and " 。" still starts with "。". A row of nothing but spaces is no
    /// row at all.
    static func keepsKinsoku(_ line: ClusterLine, breakingAt j: Int, rowStart: Int) -> Bool {
        var next = j
        while next < line.count && line.isSpace[next] { next += 1 }
        var last = j - 1
        while last >= rowStart && line.isSpace[last] { last -= 1 }
        guard last >= rowStart else { return false }
        if next < line.count && Kinsoku.cannotStartLine(line.lead[next]) { return false }
        return !Kinsoku.cannotEndLine(line.lead[last])
    }

    /// Korean word basis (L10, CSS `word-break: keep-all`): no break between
    /// two letters when one of them is Hangul.
    static func joinsKoreanWord(_ before: UInt32, _ after: UInt32) -> Bool {
        (isHangul(before) || isHangul(after)) && isLetterLike(before) && isLetterLike(after)
    }

    private static func isHangul(_ v: UInt32) -> Bool {
        (0xAC00...0xD7A3).contains(v) || (0x1100...0x11FF).contains(v) || (0x3130...0x318F).contains(v)
    }

    private static func isLetterLike(_ v: UInt32) -> Bool {
        if isHangul(v) { return true }
        guard let scalar = Unicode.Scalar(v) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return false
        }
    }
}
