extension StringProtocol where SubSequence == Substring {
    /// Without leading and trailing Unicode whitespace, which includes
    /// U+3000 (the ideographic space Chinese pages indent with) and U+00A0.
    package var trimmingWhitespace: Substring { trimming(while: \.isWhitespace) }

    /// Without the leading and trailing characters that `isTrimmed` accepts.
    package func trimming(while isTrimmed: (Character) -> Bool) -> Substring {
        var s = self[...]
        while let first = s.first, isTrimmed(first) { s.removeFirst() }
        while let last = s.last, isTrimmed(last) { s.removeLast() }
        return s
    }
}
