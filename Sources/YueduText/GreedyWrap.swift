/// Greedy first fit over measured clusters (L3, L7–L9): each row takes as
/// many clusters as fit, then breaks at the last allowed opportunity
/// (push-out), or, when none fits, at an emergency point. Returns rows as
/// cluster ranges, break spaces already left out.
enum GreedyWrap {
    static func rows(_ line: ClusterLine, breaks: BreakOpportunities, width limit: Int, hanging: Bool) -> [Range<Int>] {
        let n = line.count
        var rows: [Range<Int>] = []
        var start = 0
        while start < n {
            if !rows.isEmpty {
                // L9: spaces at a break belong to neither row.
                while start < n && line.isSpace[start] { start += 1 }
                if start == n { break }
            }
            let end = rowEnd(line, breaks: breaks, from: start, limit: limit, hanging: hanging)
            rows.append(start..<visibleEnd(line, start: start, end: end, limit: limit))
            start = end
        }
        if rows.isEmpty { rows.append(0..<0) }
        return rows
    }

    /// Where the row starting at `start` ends (exclusive).
    private static func rowEnd(_ line: ClusterLine, breaks: BreakOpportunities, from start: Int,
                               limit: Int, hanging: Bool) -> Int {
        let n = line.count
        let allowed = breaks.allowed
        var used = 0
        var lastOpportunity = -1
        var i = start
        while i < n {
            if i > start && allowed[i] { lastOpportunity = i }
            let w = line.width[i]
            // A space never overflows: it is dropped if the row breaks after it.
            if used + w <= limit || line.isSpace[i] {
                used += w
                i += 1
                continue
            }
            if i > start && allowed[i] { return i }
            if hanging && Kinsoku.cannotStartLine(line.lead[i]) && (i + 1 == n || allowed[i + 1]) {
                return i + 1
            }
            if lastOpportunity > start { return lastOpportunity }
            return emergencyBreak(line, breaks: breaks, from: start, overflowing: i)
        }
        return n
    }

    /// L7 (and L5 for URLs): no opportunity fits. Inside a URL cut at the
    /// limit; otherwise at the last cluster boundary that breaks no kinsoku
    /// rule; else right before the overflowing cluster. A cluster wider than
    /// the whole line gets a row of its own, so nothing is ever lost.
    private static func emergencyBreak(_ line: ClusterLine, breaks: BreakOpportunities, from start: Int,
                                       overflowing i: Int) -> Int {
        guard i > start else { return start + 1 }
        if breaks.isInsideURL(i) { return i }
        var j = i
        while j > start {
            if BreakOpportunities.keepsKinsoku(line, breakingAt: j, rowStart: start) { return j }
            j -= 1
            // Before a space the verdict is the one just given (spaces are
            // dropped at a break), so a long run of spaces is judged once.
            while j > start && line.isSpace[j] { j -= 1 }
        }
        return i
    }

    /// Trailing spaces are dropped at a break; at the end of the text only
    /// as many as overflow the row.
    private static func visibleEnd(_ line: ClusterLine, start: Int, end: Int, limit: Int) -> Int {
        var visibleEnd = end
        if end < line.count {
            while visibleEnd > start && line.isSpace[visibleEnd - 1] { visibleEnd -= 1 }
            return visibleEnd
        }
        var used = line.width(of: start..<end)
        while visibleEnd > start && line.isSpace[visibleEnd - 1] && used > limit {
            used -= line.width[visibleEnd - 1]
            visibleEnd -= 1
        }
        return visibleEnd
    }
}
