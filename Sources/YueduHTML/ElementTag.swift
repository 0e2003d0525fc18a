import CLibXML2

/// The element names the extractor tells apart, and what each one is:
/// a block (ends a paragraph), hidden (never text a reader sees), or one of
/// the few inline elements it looks for. Read from libxml2's name bytes
/// without building a String: every element of a page is asked these
/// questions several times, and a String plus a Set lookup per question
/// cost more than the answers.
enum ElementTag: String, CaseIterable {
    case other = ""
    // Blocks: a browser starts a new line for them.
    case p, div, section, article, main, header, footer, aside, nav, h1, h2, h3, h4, h5, h6, li, ul, ol, dl, dt, dd
    case blockquote, pre, table, tbody, thead, tfoot, tr, td, th, caption, figure, figcaption, hr, address, center
    case form, fieldset, details, summary, body, html
    // Hidden: content a reader never sees as text.
    case script, style, noscript, template, iframe, svg, canvas, object, embed, select, textarea, button, head, link, meta
    // Inline elements the extractor looks for by name.
    case a, br, img, title, time, menu, base, span

    var isBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .header, .footer, .aside, .nav, .h1, .h2, .h3, .h4, .h5, .h6, .li, .ul,
             .ol, .dl, .dt, .dd, .blockquote, .pre, .table, .tbody, .thead, .tfoot, .tr, .td, .th, .caption, .figure,
             .figcaption, .hr, .address, .center, .form, .fieldset, .details, .summary, .body, .html:
            return true
        default: return false
        }
    }

    var isHidden: Bool {
        switch self {
        case .script, .style, .noscript, .template, .iframe, .svg, .canvas, .object, .embed, .select, .textarea, .button,
             .head, .link, .meta:
            return true
        default: return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// The tag of a libxml2 element name (lower-case, as the HTML parser writes it).
    static func of(_ name: UnsafePointer<xmlChar>?) -> ElementTag {
        guard let name else { return .other }
        var packed: UInt64 = 0
        for i in 0..<8 {
            let b = name[i]
            if b == 0 { return lookup(packed) }
            packed |= UInt64(b) << (8 * UInt64(i))
        }
        // Longer than eight bytes: blockquote, figcaption, or a name we do not tell apart.
        return name[8] == 0 ? lookup(packed) : ElementTag(rawValue: String(cString: name)) ?? .other
    }

    /// The names of up to eight bytes packed little-endian into one integer, sorted for a binary search.
    private static let packedNames: (keys: [UInt64], tags: [ElementTag]) = {
        let entries = allCases.compactMap { tag -> (UInt64, ElementTag)? in
            let bytes = Array(tag.rawValue.utf8)
            guard !bytes.isEmpty, bytes.count <= 8 else { return nil }
            var packed: UInt64 = 0
            for (i, b) in bytes.enumerated() { packed |= UInt64(b) << (8 * UInt64(i)) }
            return (packed, tag)
        }.sorted { $0.0 < $1.0 }
        return (entries.map(\.0), entries.map(\.1))
    }()

    private static func lookup(_ packed: UInt64) -> ElementTag {
        let keys = packedNames.keys
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < packed { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == packed ? packedNames.tags[low] : .other
    }
}
