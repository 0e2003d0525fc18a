/// Removes C0 control characters except tab, LF and CR from decoded HTML:
/// libxml2 stops at a NUL, and the others are never text.
enum ControlCharacters {
    static func strip(_ decoded: inout DecodedText) {
        var text = decoded.text
        text.makeContiguousUTF8()
        let result = text.utf8.withContiguousStorageIfAvailable { utf8 -> (kept: [UInt8], removed: Int)? in
            guard utf8.contains(where: isStripped) else { return nil }
            var removed = 0
            let kept = [UInt8](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                count = 0
                for b in utf8 {
                    if isStripped(b) { removed += 1 } else { buffer[count] = b; count += 1 }
                }
            }
            return (kept, removed)
        }
        guard let stripped = result ?? nil else { return }
        decoded.text = String(decoding: stripped.kept, as: UTF8.self)
        decoded.removedControls = stripped.removed
        decoded.notes.append("\(stripped.removed) control characters removed")
    }

    /// In UTF-8 a byte below 0x20 is always that control character itself.
    static func isStripped(_ b: UInt8) -> Bool { b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D }
}
