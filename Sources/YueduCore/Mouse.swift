extension AppState {
    /// Wheel scrolls the pane under the pointer; a press focuses it and
    /// selects the list row or related item under it. A press on the list
    /// row already selected opens it; a press on a related item opens it
    /// (as its number key does). Overlays ignore the mouse.
    mutating func handle(mouse event: MouseEvent) -> [Effect] {
        guard prompt == nil else { return [] }
        // The overlays take the wheel (as j/k), and nothing else.
        if overlay != nil {
            guard event.kind != .press else { return [] }
            var effects: [Effect] = []
            for _ in 0..<Self.wheelStep {
                let command: Command = event.kind == .wheelDown ? .moveDown : .moveUp
                effects += help != nil ? helpCommand(command) : feedPicker != nil ? feedPickerCommand(command) : pickerCommand(command)
            }
            return effects
        }
        let layout = self.layout
        if event.kind == .press, let pane = narrowTab(at: event, layout: layout) {
            focus = pane
            return []
        }
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
    /// selection in view. RelatedPane draws exactly these, and a press maps
    /// through them, so the two can never disagree.
    public func relatedListRows(height: Int) -> Range<Int> {
        let count = relatedItems.count
        guard count > 0, height > 0 else { return 0..<0 }
        let shown = min(count, max(1, height - 3))
        let selection = max(0, min(relatedSelection, count - 1))
        let top = max(0, min(selection - shown + 1, count - shown))
        return top..<(top + shown)
    }

    /// In narrow mode the box's bottom border names the panes (PaneTabs
    /// draws `[列表]` / ` 文章 `, six cells each, from two cells in): a press
    /// on a name shows that pane.
    func narrowTab(at event: MouseEvent, layout: ScreenLayout) -> Pane? {
        guard layout.mode == .narrow else { return nil }
        let box = layout.list
        guard event.y == box.y + box.height - 1, event.x >= box.x + 2 else { return nil }
        let index = (event.x - box.x - 2) / Self.tabWidth
        return index < Pane.allCases.count ? Pane.allCases[index] : nil
    }

    static let tabWidth = 6
    static let wheelStep = 3
}

extension Region {
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }
}
