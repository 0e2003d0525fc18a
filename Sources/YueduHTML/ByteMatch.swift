#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Substring test on UTF-8 bytes (memchr for the first byte, then
    /// memcmp): Foundation's `contains` folds grapheme clusters and cost a
    /// tenth of the extractor's time. (glibc's memmem is hidden from Swift.)
    func bytesContain(_ needle: String) -> Bool {
        var hay = self, pin = needle
        return hay.withUTF8 { h in
            pin.withUTF8 { n in
                guard let nb = n.baseAddress, !n.isEmpty else { return true }
                guard let hb = h.baseAddress, n.count <= h.count else { return false }
                var start = 0
                let last = h.count - n.count
                while start <= last {
                    guard let hit = memchr(hb + start, Int32(nb[0]), last - start + 1) else { return false }
                    let at = hb.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(hb + at, nb, n.count) == 0 { return true }
                    start = at + 1
                }
                return false
            }
        }
    }
}
