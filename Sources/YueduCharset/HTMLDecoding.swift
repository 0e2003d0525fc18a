/// The HTML decision order: BOM; forced; HTTP charset; valid UTF-8; <meta>;
/// detection; GB18030 last. XML feeds take the same order with their XML
/// declaration in the <meta>'s place (CharsetDecoder.decodeXML).
///
/// Policy for bytes invalid in the chosen encoding. HTML is lenient where
/// the page-file importer is strict, since real pages carry a few bad bytes
/// and the rest is worth reading, but never silently, and never garbage:
/// - BOM and forced: the decision stands; invalid bytes become U+FFFD.
/// - Otherwise a few invalid bytes (at most 3, or 1 in 100 non-ASCII bytes)
///   become U+FFFD. More mean the declaration is wrong, and it gives way to
///   the next step (valid UTF-8, the <meta>, detection). When nothing reads
///   the page, decoding fails naming the first bad byte of the declared
///   encoding (or of GB18030 when nothing was declared).
/// - A declared CJK encoding that decodes but reads as garbage (Big5 bytes
///   labelled gb2312 decode without an error) gives way to a detected one
///   that reads far better.
/// Each replacement, overruled declaration and unknown label is counted in
/// DecodedText and said in its notes.
enum HTMLDecoding {
    /// Where the document itself says its encoding: an HTML page's <meta>,
    /// or an XML document's declaration (feeds; see XMLDeclaration).
    struct InDocumentDeclaration {
        var label: String?
        /// How notes name it: "<meta charset>", "the XML declaration".
        var source: String
        var decidedBy: EncodingDecision
        /// "the page", "the feed".
        var document: String
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, httpCharset: String?, forced: String?,
                       declaration: (UnsafeBufferPointer<UInt8>) -> InDocumentDeclaration = metaDeclaration) throws(DecodingProblem) -> DecodedText {
        var decoded = try decide(bytes, httpCharset: httpCharset, forced: forced, declaration: declaration)
        ControlCharacters.strip(&decoded)
        return decoded
    }

    /// A declaration the bytes did not fit, kept to explain a failure.
    private struct Misfit {
        var encoding: TextEncoding
        var source: String
        var firstInvalid: Int
        var invalidCount: Int
    }

    static func metaDeclaration(_ bytes: UnsafeBufferPointer<UInt8>) -> InDocumentDeclaration {
        InDocumentDeclaration(label: HTMLCharsetPrescan.declaredCharset(in: bytes), source: "<meta charset>", decidedBy: .meta, document: "the page")
    }

    private static func decide(_ bytes: UnsafeBufferPointer<UInt8>, httpCharset: String?, forced: String?,
                               declaration: (UnsafeBufferPointer<UInt8>) -> InDocumentDeclaration) throws(DecodingProblem) -> DecodedText {
        if let bom = ByteOrderMark(bytes) {
            return lenient(UnsafeBufferPointer(rebasing: bytes[bom.length...]), as: bom.encoding, decidedBy: .bom, offsetBase: bom.length)
        }
        if let forced {
            guard let encoding = TextEncoding(named: forced) else { throw CharsetDecoder.unknownEncoding(forced) }
            return lenient(bytes, as: encoding, decidedBy: .forced)
        }
        var notes: [String] = []
        var misfit: Misfit?
        let inDocument = declaration(bytes)
        func tryDeclared(_ label: String, source: String, decidedBy: EncodingDecision) -> DecodedText? {
            guard var encoding = EncodingLabel.resolve(label) else {
                notes.append("unknown charset \"\(label)\" in \(source) ignored")
                return nil
            }
            // A <meta> readable as ASCII is not in UTF-16, whatever it says (WHATWG).
            if decidedBy == .meta, encoding == .utf16LE || encoding == .utf16BE { encoding = .utf8 }
            var decoded = lenient(bytes, as: encoding, decidedBy: decidedBy)
            if isTolerable(decoded.replacedBytes, in: bytes) {
                if let better = betterReading(than: decoded, bytes) {
                    notes.append("\(source) says \(label), but \(inDocument.document) reads as garbage in \(encoding.name) and as text in \(better.encoding)")
                    decoded = better
                }
                decoded.notes = notes + decoded.notes
                return decoded
            }
            let first = decoded.firstReplacedOffset ?? 0
            notes.append("\(source) says \(label), but \(decoded.replacedBytes) bytes are not valid \(encoding.name) "
                         + "(the first at offset \(first)): not used")
            if misfit == nil { misfit = Misfit(encoding: encoding, source: source, firstInvalid: first, invalidCount: decoded.replacedBytes) }
            return nil
        }

        if let httpCharset, let decoded = tryDeclared(httpCharset, source: "the HTTP Content-Type", decidedBy: .httpCharset) {
            return decoded
        }
        let metaLabel = inDocument.label
        // The standard library's validation builds the String in the same pass.
        if let text = String(validating: bytes, as: UTF8.self) {
            var decoded = DecodedText(text: text, encoding: "UTF-8", decidedBy: .validUTF8, textEncoding: .utf8)
            if let metaLabel, let declared = EncodingLabel.resolve(metaLabel), declared != .utf8, bytes.contains(where: { $0 >= 0x80 }) {
                notes.append("\(inDocument.document) declares \(metaLabel), but its bytes are valid UTF-8")
            }
            decoded.notes = notes
            return decoded
        }
        // String(validating:) refused the bytes, so this finds a problem.
        let utf8Problem = UTF8Validator.firstProblem(bytes) ?? UTF8Validator.Problem(offset: 0, truncatedAtEnd: false)
        if let metaLabel, let decoded = tryDeclared(metaLabel, source: inDocument.source, decidedBy: inDocument.decidedBy) {
            return decoded
        }

        var decoded: DecodedText
        if TextDecoder.looksLikeDamagedUTF8(bytes, problem: utf8Problem) {
            decoded = lenient(bytes, as: .utf8, decidedBy: .detected)
        } else if case .success(let detected) = EncodingDetector.detect(bytes) {
            decoded = DecodedText(text: detected.text, encoding: detected.encoding.name, decidedBy: .detected, textEncoding: detected.encoding)
        } else {
            decoded = lenient(bytes, as: .gb18030, decidedBy: .fallback)
            guard isTolerable(decoded.replacedBytes, in: bytes) else {
                throw undecodable(bytes, misfit: misfit ?? Misfit(encoding: .gb18030, source: "the last resort", firstInvalid: decoded.firstReplacedOffset ?? 0,
                                                                  invalidCount: decoded.replacedBytes))
            }
        }
        decoded.notes = notes + decoded.notes
        return decoded
    }

    /// A detected decoding when `declared` is a legacy CJK one whose text
    /// scores as mojibake and the detected text scores clearly better.
    private static func betterReading(than declared: DecodedText, _ bytes: UnsafeBufferPointer<UInt8>) -> DecodedText? {
        guard EncodingDetector.candidates.contains(declared.textEncoding), declared.replacedBytes == 0,
              nonASCIICount(bytes) >= minimumForJudging else { return nil }
        let score = TextPlausibility.score(declared.text)
        guard score < EncodingDetector.plausibleEnough, case .success(let detected) = EncodingDetector.detect(bytes),
              detected.encoding != declared.textEncoding,
              TextPlausibility.score(detected.text) >= max(EncodingDetector.plausibleEnough, score + clearlyBetter) else { return nil }
        return DecodedText(text: detected.text, encoding: detected.encoding.name, decidedBy: .detected, textEncoding: detected.encoding)
    }

    /// Fewer non-ASCII bytes than this say too little to overrule a declaration.
    static let minimumForJudging = 64
    static let clearlyBetter = 0.3

    private static func undecodable(_ bytes: UnsafeBufferPointer<UInt8>, misfit: Misfit) -> DecodingProblem {
        let byte = misfit.firstInvalid < bytes.count ? "0x" + TextDecoder.hex(bytes[misfit.firstInvalid]) : "(end)"
        return DecodingProblem(offset: misfit.firstInvalid, message: "byte \(byte) at offset \(misfit.firstInvalid) is not valid "
                               + "\(misfit.encoding.name) (\(misfit.source)), and no encoding reads the page: \(misfit.invalidCount) of "
                               + "\(nonASCIICount(bytes)) non-ASCII bytes are invalid (force an encoding to read it anyway)")
    }

    /// None, or a few bad bytes in a page that is otherwise fine.
    static func isTolerable(_ invalid: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        invalid <= 3 || invalid * 100 <= nonASCIICount(bytes)
    }

    /// Decodes going on past invalid bytes, counting them in the result.
    static func lenient(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: TextEncoding, decidedBy: EncodingDecision, offsetBase: Int = 0) -> DecodedText {
        let conversion: LenientConversion
        switch encoding {
        case .utf8:
            conversion = UTF8Validator.replacingInvalid(bytes)
        case .iconv(let name):
            // Every name here came from the label table or was checked by TextEncoding(named:).
            conversion = Iconv(from: name)?.convertReplacingInvalid(bytes)
                ?? LenientConversion(utf8: [0xEF, 0xBF, 0xBD], invalidCount: bytes.count, firstInvalid: 0)
        }
        var decoded = DecodedText(text: String(decoding: conversion.utf8, as: UTF8.self), encoding: encoding.name, decidedBy: decidedBy,
                                  textEncoding: encoding)
        if decoded.text.first == "\u{FEFF}" { decoded.text.removeFirst() }
        decoded.replacedBytes = conversion.invalidCount
        decoded.firstReplacedOffset = conversion.firstInvalid.map { $0 + offsetBase }
        if let first = decoded.firstReplacedOffset {
            decoded.notes.append("\(conversion.invalidCount) bytes not valid \(encoding.name) replaced with U+FFFD, the first at offset \(first)")
        }
        return decoded
    }

    static func nonASCIICount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for b in bytes where b >= 0x80 { count += 1 }
        return count
    }
}
