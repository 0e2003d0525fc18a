extension AppState {
    /// Where a movement key takes a picker's selection (the site and feed
    /// pickers move alike), kept on a row; nil for any other command.
    static func pickerSelection(after command: Command, from selection: Int, count: Int, page: Int) -> Int? {
        let moved: Int
        switch command {
        case .moveDown: moved = selection + 1
        case .moveUp: moved = selection - 1
        case .top: moved = 0
        case .bottom: moved = count - 1
        case .halfPageDown: moved = selection + page / 2
        case .halfPageUp: moved = selection - page / 2
        case .pageDown: moved = selection + page
        case .pageUp: moved = selection - page
        default: return nil
        }
        return max(0, min(moved, count - 1))
    }

    /// A command while the site picker is open.
    mutating func pickerCommand(_ command: Command) -> [Effect] {
        guard var picker = sitePicker else { return [] }
        let count = picker.sites?.count ?? 0
        let page = max(1, height - 4)
        if let moved = Self.pickerSelection(after: command, from: picker.selection, count: count, page: page) {
            picker.selection = moved
            sitePicker = picker
            return []
        }
        switch command {
        case .close: sitePicker = nil; return []
        case .quit: sitePicker = nil; return quitEffects()
        case .open:
            guard let sites = picker.sites, !sites.isEmpty else { return [] }
            sitePicker = nil
            viewBeforeSearch = nil
            return setView(.site(sites[max(0, min(picker.selection, count - 1))].site))
        default: return []
        }
    }

    mutating func receiveSites(_ sites: [SiteCount]) {
        guard sitePicker != nil else { return }
        var selection = 0
        if case .site(let name) = view { selection = sites.firstIndex { $0.site == name } ?? 0 }
        sitePicker = SitePicker(sites: sites, selection: selection)
    }

    /// A command while the help overlay is open: scrolling and closing.
    mutating func helpCommand(_ command: Command) -> [Effect] {
        guard var state = help else { return [] }
        let lines = HelpContent.lines(preferences.keyMap).count
        let page = max(1, height - 4)
        switch command {
        case .moveDown: state.scroll += 1
        case .moveUp: state.scroll -= 1
        case .top: state.scroll = 0
        case .bottom: state.scroll = lines
        case .halfPageDown: state.scroll += page / 2
        case .halfPageUp: state.scroll -= page / 2
        case .pageDown: state.scroll += page
        case .pageUp: state.scroll -= page
        case .close: help = nil; return []
        case .quit: help = nil; return quitEffects()
        default: return []
        }
        state.scroll = max(0, min(state.scroll, lines - page))
        help = state
        return []
    }
}

/// The help screen's lines, generated from the key table: one section per
/// context, one line per binding (keys, then what they do).
public enum HelpContent {
    public struct Line: Equatable, Sendable {
        public var keys: String
        public var help: String
        /// A section heading rather than a binding.
        public var isHeading: Bool
    }

    static let sections: [(KeyContext, String)] = [
        (.list, "列表 List"), (.article, "文章 Article"), (.related, "相关阅读 Related"),
        (.prompt, "搜索框 Search prompt"), (.sitePicker, "站点 Site picker"),
        (.feedPicker, "订阅 Feed picker"),
    ]

    public static func lines(_ keyMap: KeyMap = .standard) -> [Line] {
        var out: [Line] = []
        for (context, title) in sections {
            out.append(Line(keys: "", help: title, isHeading: true))
            for binding in keyMap.bindings(in: context) {
                out.append(Line(keys: binding.keyLabel, help: binding.help, isHeading: false))
            }
        }
        return out
    }

    /// Status-bar hints for a context, from the bindings that carry one.
    public static func hints(_ context: KeyContext, _ keyMap: KeyMap = .standard) -> [String] {
        keyMap.bindings(in: context).compactMap(\.hint)
    }
}
