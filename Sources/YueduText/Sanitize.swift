/// The display sanitizer (S1–S8) as a pipeline: a check that lets plain
/// text through untouched, a streaming pass over scalars (escape sequences,
/// controls, format characters, emoji reduction, unknown code points), then
/// the per-cluster pass (NFC, zero-width cap). Linear in the input, so a
/// 10 MB paragraph or hostile input costs no more than its length.
enum SanitizePipeline {
    static func run(_ text: String) -> String {
        if isDisplayReady(text) { return text }
        var origins = OriginTrail(tracking: false)
        return normalizeClustersIfNeeded(applyScalarRules(text, origins: &origins), origins: &origins)
    }

    /// The sanitized text and, for each of its Characters, the offset of the
    /// Character of `text` it came from; nil when the two are the same text.
    static func runWithOrigins(_ text: String) -> (text: String, origins: [Int]?) {
        if isDisplayReady(text) { return (text, nil) }
        var origins = OriginTrail(tracking: true)
        let clean = normalizeClustersIfNeeded(applyScalarRules(text, origins: &origins), origins: &origins)
        return (clean, origins.perCharacter(of: clean))
    }

    /// The cluster pass walks every Character: skip it when no scalar that
    /// could join or change a cluster was written.
    private static func normalizeClustersIfNeeded(_ pass: (text: String, needsClusterPass: Bool),
                                                  origins: inout OriginTrail) -> String {
        pass.needsClusterPass ? ClusterNormalizer.normalize(pass.text, origins: &origins) : pass.text
    }

    /// True when no rule would change `text`.
    static func isDisplayReady(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where scalar.value != 0x0A && !ScalarRules.isPlain(scalar.value) {
            return false
        }
        return true
    }

    static func applyScalarRules(_ text: String, origins: inout OriginTrail) -> (text: String, needsClusterPass: Bool) {
        var out = String.UnicodeScalarView()
        var filter = EscapeSequenceFilter()
        var emitter = ScalarEmitter()
        func feed(_ scalar: Unicode.Scalar) {
            var verdict = filter.feed(scalar.value)
            if verdict == .loneEscapeThenRefeed {
                emitter.emitQuestionMark(into: &out, origins: &origins)
                verdict = filter.feed(scalar.value)
            } else if verdict == .refeed {
                verdict = filter.feed(scalar.value)
            }
            if verdict == .text { emitter.emit(scalar, into: &out, origins: &origins) }
        }
        if origins.tracking {
            // Walking Characters costs grapheme breaking: only when asked.
            for (offset, character) in text.enumerated() {
                origins.current = offset
                for scalar in character.unicodeScalars { feed(scalar) }
            }
        } else {
            for scalar in text.unicodeScalars { feed(scalar) }
        }
        if filter.endsWithLoneEscape { emitter.emitQuestionMark(into: &out, origins: &origins) }
        return (String(out), emitter.wroteClusterSensitiveScalar)
    }
}

/// Where each scalar of a rewritten text came from, as a Character offset
/// of the original (kept only when asked for: highlighting and reading
/// positions need it, plain layout does not).
struct OriginTrail {
    let tracking: Bool
    var current = 0
    private(set) var scalarOrigins: [Int] = []

    init(tracking: Bool) { self.tracking = tracking }

    mutating func record(count: Int = 1) {
        guard tracking else { return }
        for _ in 0..<count { scalarOrigins.append(current) }
    }

    /// Replaces the trail by a new one, for a pass that rewrites the text.
    mutating func reset(to origins: [Int]) { scalarOrigins = origins }

    func origin(ofScalar index: Int) -> Int {
        scalarOrigins.isEmpty ? 0 : scalarOrigins[min(index, scalarOrigins.count - 1)]
    }

    /// One origin per Character of `text` (the text the trail describes).
    func perCharacter(of text: String) -> [Int] {
        var result: [Int] = []
        var scalarIndex = 0
        for character in text {
            result.append(origin(ofScalar: scalarIndex))
            scalarIndex += character.unicodeScalars.count
        }
        return result
    }
}

/// S2–S5 for one scalar at a time, with the little memory the rules need:
/// CR LF is one break, and what follows a ZWJ after an emoji is dropped.
private struct ScalarEmitter {
    private var previousWasCarriageReturn = false
    private var lastKept: UInt32 = 0
    private var skipJoinedScalar = false
    /// Scalars written so far (String.UnicodeScalarView.count is O(n)).
    private var appended = 0
    /// Some scalar written may join a neighbour, compose or change under
    /// NFC, or count against S8's cap: the cluster pass must run.
    private(set) var wroteClusterSensitiveScalar = false

    mutating func emitQuestionMark(into out: inout String.UnicodeScalarView, origins: inout OriginTrail) {
        append("?", to: &out)
        origins.record()
    }

    mutating func emit(_ scalar: Unicode.Scalar, into out: inout String.UnicodeScalarView, origins: inout OriginTrail) {
        let before = appended
        defer { origins.record(count: appended - before) }
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
        appended += 1
        lastKept = scalar.value
        if !wroteClusterSensitiveScalar && !ScalarRules.isPlain(scalar.value) {
            wroteClusterSensitiveScalar = ScalarRules.mayChangeItsCluster(scalar)
        }
    }
}
