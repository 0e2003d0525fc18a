/// Turns a subtree into paragraphs the way a browser lays it out: block
/// elements and `<br>` end a paragraph, images become one `[图 alt]` line,
/// hidden content (scripts, styles, forms, `hidden`) is dropped.
struct BlockText {
    // Which elements are blocks: `ElementTag.isBlock`.

    /// Images smaller than this on a side are icons and trackers, not figures.
    static let minimumFigureSide = 50

    let baseURL: URLResolver?
    /// Subtrees to leave out (boilerplate), asked once per element.
    var skip: (DOMNode) -> Bool = { _ in false }

    /// Where the text ends: at this element, once at least this many characters
    /// came before it (else the element alone is left out).
    var stop: (node: DOMNode, after: Int)?
    private var stopped = false
    private var characters = 0

    private(set) var paragraphs: [String] = []
    private var current = TextBuilder()

    init(baseURL: URLResolver?, skip: @escaping (DOMNode) -> Bool = { _ in false }) {
        self.baseURL = baseURL; self.skip = skip
    }

    mutating func add(_ node: DOMNode) {
        if stopped { return }
        if node.isText { current.append(node.textBytes); return }
        guard node.isElement else { visitChildren(of: node); return }
        enter(node)
    }

    private mutating func visitChildren(of node: DOMNode) {
        for child in node.children { add(child) }
    }

    /// Depth-first over elements with an explicit stack: hostile nesting
    /// thousands deep must not overflow the thread's stack.
    private mutating func enter(_ start: DOMNode) {
        var stack: [(node: DOMNode, entered: Bool)] = [(start, false)]
        while let (node, entered) = stack.popLast() {
            if node.isText { current.append(node.textBytes); continue }
            guard node.isElement else {
                if !entered { pushChildren(of: node, on: &stack) }
                continue
            }
            let tag = node.kind
            if entered { if tag.isBlock { flush() }; continue }
            if let stop, node == stop.node {
                flush()
                if characters >= stop.after { stopped = true; return }
                continue
            }
            if tag.isHidden || (node.hasAttributes && (node.attribute("hidden") != nil || isHiddenByStyle(node)))
                || (node != start && skip(node)) {
                continue
            }
            switch tag {
            case .br: flush(); continue
            case .img: figure(node); continue
            default: break
            }
            if tag.isBlock { flush() }
            stack.append((node, true))
            pushChildren(of: node, on: &stack)
        }
    }

    /// Last to first, so the first child is visited first; no array of children is built.
    private func pushChildren(of node: DOMNode, on stack: inout [(node: DOMNode, entered: Bool)]) {
        var child = node.lastChild
        while let c = child { stack.append((c, false)); child = c.previous }
    }

    private func isHiddenByStyle(_ node: DOMNode) -> Bool {
        guard let style = node.attribute("style") else { return false }
        // Lower-cased without its spaces, on bytes: `display: none`, `DISPLAY:NONE`.
        let compact = String(decoding: style.utf8.lazy.filter { $0 != 0x20 }.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 },
                             as: UTF8.self)
        return compact.bytesContain("display:none") || compact.bytesContain("visibility:hidden")
    }

    private mutating func figure(_ node: DOMNode) {
        for side in ["width", "height"] {
            if let value = node.attribute(side).flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
               value < BlockText.minimumFigureSide { return }
        }
        flush()
        let alt = Whitespace.collapse(node.attribute("alt") ?? node.attribute("title") ?? "")
        paragraphs.append(alt.isEmpty ? "[图]" : "[图 \(alt)]")
    }

    mutating func flush() {
        let text = current.finish()
        current = TextBuilder()
        guard !text.isEmpty else { return }
        paragraphs.append(text)
        if stop != nil { characters += text.unicodeScalars.count }
    }

    mutating func finish() -> [String] { flush(); return paragraphs }
}
