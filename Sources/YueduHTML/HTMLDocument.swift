import CLibXML2
import Foundation

/// One parsed page: libxml2's HTML parser on text that is already UTF-8.
/// The document is freed when this value is released, whatever happened.
final class HTMLDocument {
    private let document: htmlDocPtr?

    /// Parses `html` (NULs and C0 controls other than tab and newlines are
    /// replaced by spaces first: libxml2 stops at a NUL).
    init(html: String) {
        var text = html
        document = text.withUTF8(HTMLDocument.parse)
    }

    /// Most pages hold no control byte: those are parsed in place, without a copy.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> htmlDocPtr? {
        func isControl(_ b: UInt8) -> Bool { b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D }
        guard !bytes.contains(where: isControl) else {
            return Array(bytes.map { isControl($0) ? 0x20 : $0 }).withUnsafeBufferPointer(parseClean)
        }
        return parseClean(bytes)
    }

    private static func parseClean(_ buffer: UnsafeBufferPointer<UInt8>) -> htmlDocPtr? {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        return buffer.baseAddress.map { base in
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                libxml2.htmlReadMemory($0, Int32(min(buffer.count, Int(Int32.max))), nil, "UTF-8", options)
            }
        } ?? nil
    }

    deinit { if let document { libxml2.xmlFreeDoc(document) } }

    /// The document node: walking it visits every top-level node, so a
    /// fragment with several roots loses none.
    var top: DOMNode? {
        document.map { DOMNode(raw: UnsafeMutableRawPointer($0).assumingMemoryBound(to: xmlNode.self)) }
    }
}
