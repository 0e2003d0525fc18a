extension AppState {
    /// Wheel scrolls the pane under the pointer; a press focuses it and
    /// selects the list row or related item under it. A press on the list
    /// row already selected opens it; a press on a related item opens it
    /// (as its number key does). Overlays ignore the mouse.
    mutating func handle(mouse event: MouseEvent) -> [Effect] {
        guard prompt == nil, sitePicker == nil, help == nil else { return [] }
        let layout = self.layout
        guard let pane = layout.visiblePanes(focus: focus).first(where: { layout.box(of: $0).contains(x: event.x, y: event.y) })
        else { return [] }
        status = nil
        focus = pane
        switch event.kind {
        case .wheelUp: return move(by: -Self.wheelStep)
        case .wheelDown: return move(by: Self.wheelStep)
        case .press:
            let content = layout.content(of: pane)
            guard content.contains(x: event.x, y: event.y) else { return [] }
            let row = event.y - content.y
            switch pane {
            case .list:
                let index = listScroll + row / listRowsPerItem
                guard index < list.total else { return [] }
                return index == selection ? openSelected() : select(index)
            case .related:
                let rows = relatedListRows(height: content.height)
                guard row < rows.count else { return [] }
                return openRelated(at: rows.lowerBound + row)
            case .article: return []
            }
        }
    }

    /// The related items the related pane lists for a content height: the
    /// items first, leaving three rows for the excerpt, scrolled to keep the
    /// selection in view. RelatedPane draws exactly these.
    public func relatedListRows(height: Int) -> Range<Int> {
        let count = relatedItems.count
        guard count > 0, height > 0 else { return 0..<0 }
        let shown = min(count, max(1, height - 3))
        let selection = max(0, min(relatedSelection, count - 1))
        let top = max(0, min(selection - shown + 1, count - shown))
        return top..<(top + shown)
    }

    static let wheelStep = 3
}

extension Region {
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }
}
