/// The display sanitizer (S1–S8) as a pipeline: a check that lets plain
/// text through untouched, a streaming pass over scalars (escape sequences,
/// controls, format characters, emoji reduction, unknown code points), then
/// the per-cluster pass (NFC, zero-width cap). Linear in the input, so a
/// 10 MB paragraph or hostile input costs no more than its length.
enum SanitizePipeline {
    static func run(_ text: String) -> String {
        if isDisplayReady(text) { return text }
        return ClusterNormalizer.normalize(applyScalarRules(text))
    }

    /// True when no rule would change `text`.
    static func isDisplayReady(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where scalar.value != 0x0A && !ScalarRules.isPlain(scalar.value) {
            return false
        }
        return true
    }

    static func applyScalarRules(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var filter = EscapeSequenceFilter()
        var emitter = ScalarEmitter()
        for scalar in text.unicodeScalars {
            var verdict = filter.feed(scalar.value)
            if verdict == .loneEscapeThenRefeed {
                emitter.emitQuestionMark(into: &out)
                verdict = filter.feed(scalar.value)
            } else if verdict == .refeed {
                verdict = filter.feed(scalar.value)
            }
            if verdict == .text { emitter.emit(scalar, into: &out) }
        }
        if filter.endsWithLoneEscape { emitter.emitQuestionMark(into: &out) }
        return String(out)
    }
}

/// S2–S5 for one scalar at a time, with the little memory the rules need:
/// CR LF is one break, and what follows a ZWJ after an emoji is dropped.
private struct ScalarEmitter {
    private var previousWasCarriageReturn = false
    private var lastKept: UInt32 = 0
    private var skipJoinedScalar = false

    mutating func emitQuestionMark(into out: inout String.UnicodeScalarView) {
        append("?", to: &out)
    }

    mutating func emit(_ scalar: Unicode.Scalar, into out: inout String.UnicodeScalarView) {
        let v = scalar.value
        let isControl = v < 0x20 || (0x7F...0x9F).contains(v)
        if skipJoinedScalar {
            skipJoinedScalar = false
            // S4: a ZWJ sequence is shown as its first emoji.
            if !isControl { return }
        }
        if v == 0x0A && previousWasCarriageReturn {
            previousWasCarriageReturn = false
            return
        }
        previousWasCarriageReturn = v == 0x0D
        switch v {
        case 0x0A, 0x0D: append("\n", to: &out)
        case 0x09: for _ in 0..<4 { append(" ", to: &out) }
        case _ where isControl: append("?", to: &out)
        case 0x200D:
            if let last = Unicode.Scalar(lastKept), last.value >= 0x2000, last.properties.isEmoji {
                skipJoinedScalar = true
            }
        case _ where ScalarRules.isDropped(v):
            break
        default:
            if let letter = ScalarRules.regionalIndicatorLetter(v) {
                append(Unicode.Scalar(letter)!, to: &out)
            } else if LibcWidth.of(v) < 0 {
                append(ScalarRules.unknownReplacement(v), to: &out)
            } else {
                append(scalar, to: &out)
            }
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        out.append(scalar)
        lastKept = scalar.value
    }
}
