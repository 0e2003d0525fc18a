extension String {
    var trimmingSpaces: Substring { Substring(self).trimmingSpaces }
}

extension Substring {
    /// Trims Unicode whitespace, which includes U+3000 (the ideographic space
    /// Chinese pages indent with) and U+00A0.
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}
