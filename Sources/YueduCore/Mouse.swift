extension AppState {
    /// Wheel scrolls the pane under the pointer; a press focuses it and
    /// selects the list row or related item under it. Overlays ignore the mouse.
    mutating func handle(mouse event: MouseEvent) -> [Effect] {
        guard prompt == nil, sitePicker == nil, help == nil else { return [] }
        let layout = self.layout
        guard let pane = layout.visiblePanes(focus: focus).first(where: { layout.box(of: $0).contains(x: event.x, y: event.y) })
        else { return [] }
        focus = pane
        switch event.kind {
        case .wheelUp: return move(by: -Self.wheelStep)
        case .wheelDown: return move(by: Self.wheelStep)
        case .press:
            let content = layout.content(of: pane)
            guard content.contains(x: event.x, y: event.y) else { return [] }
            let row = event.y - content.y
            switch pane {
            case .list: return select(listScroll + row / listRowsPerItem)
            case .related: if row < relatedItems.count { selectRelated(row) }
            case .article: break
            }
            return []
        }
    }

    static let wheelStep = 3
}

extension Region {
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }
}
