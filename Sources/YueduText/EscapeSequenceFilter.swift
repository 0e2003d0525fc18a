/// S1: recognises terminal escape sequences (CSI, OSC, DCS, SOS, PM, APC and
/// ESC-intermediate-final) in a stream of scalars so they can be removed
/// before anything else looks at the text. A lone ESC that starts no sequence
/// is reported, to be shown as `?` (S2), and what follows it stays text.
struct EscapeSequenceFilter {
    enum Verdict: Equatable {
        /// The scalar is ordinary text.
        case text
        /// The scalar belongs to an escape sequence: drop it.
        case drop
        /// The pending ESC started no sequence: show it as `?`, then feed
        /// the same scalar again.
        case loneEscapeThenRefeed
        /// A sequence was cut short by this scalar: feed it again as text.
        case refeed
    }

    private enum State { case normal, escape, intermediate, csi, string, stringEscape }
    private var state = State.normal

    /// True when the text ended right after a lone ESC.
    var endsWithLoneEscape: Bool { state == .escape || state == .stringEscape }

    mutating func feed(_ value: UInt32) -> Verdict {
        switch state {
        case .normal:
            if value == 0x1B { state = .escape; return .drop }
            return .text
        case .escape:
            switch value {
            case 0x5B: state = .csi; return .drop                             // [
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F: state = .string; return .drop  // ] P X ^ _
            case 0x20...0x2F: state = .intermediate; return .drop
            default: state = .normal; return .loneEscapeThenRefeed
            }
        case .intermediate:
            switch value {
            case 0x20...0x2F: return .drop
            case 0x30...0x7E: state = .normal; return .drop
            default: state = .normal; return .refeed
            }
        case .csi:
            switch value {
            case 0x20...0x3F: return .drop
            case 0x40...0x7E: state = .normal; return .drop
            default: state = .normal; return .refeed
            }
        case .string:
            switch value {
            case 0x07, 0x9C: state = .normal; return .drop
            case 0x1B: state = .stringEscape; return .drop
            // Another control ends the string early, so a stray OSC cannot
            // swallow the rest of an article.
            case 0x00...0x1F: state = .normal; return .refeed
            default: return .drop
            }
        case .stringEscape:
            if value == 0x5C { state = .normal; return .drop }                // ESC \ = ST
            state = .escape                                                   // the ESC may start a new sequence
            return feed(value)
        }
    }
}
