import Foundation

extension String {
    /// True when the UTF-8 of `term` occurs in this string's, byte for byte:
    /// no grapheme, canonical-equivalence or locale work. Search compares
    /// folded text (already NFKC, so one spelling per character) with folded
    /// terms, scalar by scalar like its index; Foundation's `contains` was
    /// most of the cost of checking a candidate.
    package func containsBytes(of term: String) -> Bool {
        var text = self, term = term
        return text.withUTF8 { haystack in
            term.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
                // memchr to each candidate first byte, memcmp the rest (memmem is not visible here).
                var start = 0
                let last = haystack.count - needle.count
                while start <= last, let hit = memchr(base + start, Int32(first), last - start + 1) {
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }
}
