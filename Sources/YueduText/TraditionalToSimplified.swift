import COpenCC

/// OpenCC `t2s` (phrase-aware: 乾燥 → 干燥 but 乾隆 stays). OpenCC costs
/// about as much as everything else in the fold together, and most text
/// (anything already Simplified) has no character t2s would change, so such
/// text is recognised with a bit set and returned as is.
enum TraditionalToSimplified {
    static func convert(_ text: String) -> String {
        guard mayChange(text) else { return text }
        return openCC(text) ?? text
    }

    /// Whether `text` holds a code point t2s changes, decoded straight from
    /// its UTF-8: every article's whole text is checked, and the
    /// `unicodeScalars` view made this check cost more than the fold's ICU
    /// call. The set holds nothing below U+2E80, so only lead bytes from
    /// 0xE2 on need decoding.
    static func mayChange(_ text: String) -> Bool {
        let set = changing
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0xE2 { i += b < 0xC0 ? 1 : 2; continue }
                let (v, length) = UTF8Scalar.decode(bytes, at: i)
                i += length
                if set.contains(v) { return true }
            }
            return false
        }
        return found ?? mayChangeByScalars(text)
    }

    /// `mayChange` through `unicodeScalars`: for text without contiguous
    /// UTF-8, and the reference its tests compare it with.
    static func mayChangeByScalars(_ text: String) -> Bool {
        let set = changing
        return text.unicodeScalars.contains(where: { set.contains($0.value) })
    }

    /// Code points that t2s changes on their own. A phrase t2s rewrites
    /// contains at least one of them (乾燥 has 乾), so text without any is
    /// its own t2s.
    static let changing = CodePointSet.changedByT2S()

    static func openCC(_ text: String) -> String? {
        var input = text
        return input.withUTF8 { bytes -> String? in
            let base = bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
            guard let converted = yuedu_opencc_convert("t2s.json", base, bytes.count) else { return nil }
            defer { yuedu_opencc_free(converted) }
            return String(cString: converted)
        }
    }
}

/// A bit per code point below U+40000 (32 KB).
struct CodePointSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 0x40000 / 64)
    /// When OpenCC is missing or the probe fails, every Han character is
    /// sent to OpenCC, which is slower but never wrong.
    private var everything = false

    func contains(_ v: UInt32) -> Bool {
        guard v < 0x40000 else { return false }
        if everything { return (0x2E80...0x9FFF).contains(v) || v >= 0xF900 && v <= 0xFAFF || v >= 0x20000 }
        return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
    }

    /// Converts every CJK code point in one OpenCC call (one per line, so no
    /// phrase spans two) and keeps those that come back different. Every
    /// process that folds text builds this first, so the call goes through
    /// the shim's tables (`ScriptConverter`'s path, matched exactly as
    /// OpenCC matches) rather than OpenCC's tries: 37 ms less for each
    /// `yuedu search`. Unassigned code points go too (they come back as
    /// they are): asking each one's category cost more than converting it.
    static func changedByT2S() -> CodePointSet {
        var set = CodePointSet()
        let candidates = Array(0x2E80...0x9FFF) + Array(0xF900...0xFAFF) + Array(0x20000...0x3134F)
        var probe: [UInt8] = []
        probe.reserveCapacity(candidates.count * 5)
        // Where each candidate's bytes start in the probe (its line ends at the next line feed).
        var starts: [Int] = [], values: [UInt32] = []
        starts.reserveCapacity(candidates.count)
        values.reserveCapacity(candidates.count)
        for value in candidates {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            starts.append(probe.count)
            values.append(scalar.value)
            UTF8.encode(scalar) { probe.append($0) }
            probe.append(0x0A)
        }
        guard let converted = try? ScriptConverter.convertedBytes("t2s.json", probe) else {
            set.everything = true
            return set
        }
        // Line by line on the bytes: splitting the String would break 100,000 lines into Characters.
        var k = 0, lineStart = 0
        for i in converted.indices where converted[i] == 0x0A {
            guard k < starts.count else { break }
            if !converted[lineStart..<i].elementsEqual(probe[starts[k]..<(k + 1 < starts.count ? starts[k + 1] : probe.count) - 1]) {
                let value = values[k]
                set.bits[Int(value >> 6)] |= 1 << UInt64(value & 63)
            }
            k += 1
            lineStart = i + 1
        }
        if k < starts.count { set.everything = true }
        return set
    }
}
