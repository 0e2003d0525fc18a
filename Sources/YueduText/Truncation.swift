// Part of the text engine's public surface: it routes to the rules in Truncate.swift.

public enum Truncation {
    /// Exactly `cells` columns: padded if it fits, else cut with `…` (T1).
    public static func truncate(_ s: String, to cells: Int) -> String { TruncateRules.truncate(s, to: cells) }

    /// How many Characters of `s` `truncate(s, to: cells)` shows before its
    /// `…` (all when it fits): highlights stop there, never on the `…`.
    public static func visibleCount(_ s: String, to cells: Int) -> Int { TruncateRules.keptCount(s, to: cells) }

    /// How many Characters of `title` a `listRow` shows.
    public static func listRowVisibleTitleCount(title: String, date: String, width: Int) -> Int {
        TruncateRules.keptCount(title, to: TruncateRules.listRowTitleColumns(date: date, width: width))
    }

    /// Title truncated, a space, and the date right-aligned: exactly `width` (T2).
    public static func listRow(title: String, date: String, width: Int) -> String {
        TruncateRules.listRow(title: title, date: date, width: width)
    }
}
