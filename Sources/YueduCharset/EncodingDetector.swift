/// Decides the encoding of bytes that are not UTF-8 and declare nothing
/// (or declare something they are not). Each CJK candidate must decode the
/// bytes cleanly, and the one whose text reads most like real writing wins,
/// uchardet's guess counting as a bonus rather than the answer: Big5 bytes
/// also decode as GB18030 without an error, into garbage, and only the
/// reading tells them apart.
package enum EncodingDetector {
    /// GB18030 last: it accepts nearly any pair of high bytes, so it wins
    /// only when it reads better, never on a tie.
    package static let candidates: [TextEncoding] = [.big5, .shiftJIS, .eucJP, .windows949, .gb18030]

    /// What uchardet's agreement is worth, in plausibility share.
    static let guessBonus = 0.15
    /// A CJK reading below this loses to a clean non-CJK guess (windows-1252, KOI8-R...).
    static let plausibleEnough = 0.5

    package struct Detected {
        package var text: String
        package var encoding: TextEncoding
    }

    package struct Failure: Error {
        /// The furthest any candidate got before an invalid byte.
        package var furthestOffset: Int
    }

    /// Bytes a choice is first made on: five trial decodes of a large page cost more than the rest of its import.
    static let sampleLimit = 64 << 10

    /// The best clean decoding, or the offset of the byte that stopped the candidate that went furthest.
    package static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Detected, Failure> {
        let guess = Uchardet.guess(bytes)
        // Chosen on a sample, then confirmed on the whole; only if the whole does not decode are all tried on it.
        if let end = sampleEnd(bytes), case .success(let sampled) = choose(UnsafeBufferPointer(rebasing: bytes[..<end]), guess: guess),
           case .success(let text) = decodeStrictly(bytes, as: sampled.encoding) {
            return .success(Detected(text: text, encoding: sampled.encoding))
        }
        return choose(bytes, guess: guess)
    }

    /// Where a sample may end: after the last '<' or LF within the limit,
    /// bytes no candidate uses inside a character (trail bytes are 0x30-0x39 or from 0x40).
    static func sampleEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count > sampleLimit * 2 else { return nil }
        var i = sampleLimit
        while i > sampleLimit / 2 {
            if bytes[i - 1] == UInt8(ascii: "<") || bytes[i - 1] == 0x0A { return i }
            i -= 1
        }
        return nil
    }

    private static func choose(_ bytes: UnsafeBufferPointer<UInt8>, guess: TextEncoding?) -> Result<Detected, Failure> {
        var best: (detected: Detected, score: Double)?
        var furthest = 0
        for encoding in candidates {
            switch decodeStrictly(bytes, as: encoding) {
            case .success(let text):
                let score = TextPlausibility.score(text) + (encoding == guess ? guessBonus : 0)
                if score > best?.score ?? -1 { best = (Detected(text: text, encoding: encoding), score) }
            case .failure(let offset):
                furthest = max(furthest, offset.value)
            }
        }
        // A single-byte guess reads any bytes; C1 controls in its text mean it read them wrong.
        if let guess, guess != .utf8, !candidates.contains(guess), best.map({ $0.score < plausibleEnough }) ?? true,
           case .success(let text) = decodeStrictly(bytes, as: guess), !text.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) {
            return .success(Detected(text: text, encoding: guess))
        }
        if let best { return .success(best.detected) }
        return .failure(Failure(furthestOffset: furthest))
    }

    struct InvalidOffset: Error { var value: Int }

    private static func decodeStrictly(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: TextEncoding) -> Result<String, InvalidOffset> {
        guard case .iconv(let name) = encoding, let converter = Iconv(from: name) else { return .failure(InvalidOffset(value: 0)) }
        switch converter.convert(bytes) {
        case .converted(let utf8): return .success(String(decoding: utf8, as: UTF8.self))
        case .invalid(let offset): return .failure(InvalidOffset(value: offset))
        }
    }
}
