import CLibXML2
import Foundation

/// One parsed page: libxml2's HTML parser on text that is already UTF-8.
/// The document is freed when this value is released, whatever happened.
final class HTMLDocument {
    private let document: htmlDocPtr?

    /// Parses `utf8` (NULs and C0 controls other than tab and newlines are
    /// replaced by spaces first: libxml2 stops at a NUL).
    init(utf8 bytes: [UInt8]) {
        var clean = bytes
        for i in clean.indices where clean[i] < 0x20 && clean[i] != 0x09 && clean[i] != 0x0A && clean[i] != 0x0D {
            clean[i] = 0x20
        }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        document = clean.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    libxml2.htmlReadMemory($0, Int32(min(buffer.count, Int(Int32.max))), nil, "UTF-8", options)
                }
            } ?? nil
        }
    }

    convenience init(html: String) { self.init(utf8: Array(html.utf8)) }

    deinit { if let document { libxml2.xmlFreeDoc(document) } }

    /// The document node: walking it visits every top-level node, so a
    /// fragment with several roots loses none.
    var top: DOMNode? {
        document.map { DOMNode(raw: UnsafeMutableRawPointer($0).assumingMemoryBound(to: xmlNode.self)) }
    }
}
