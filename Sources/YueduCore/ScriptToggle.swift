import YueduText

extension AppState {
    /// With no `convert` configured, `t` still offers both directions:
    /// OpenCC's standard Traditional, and back to Simplified.
    static let unconfiguredConversion = ScriptConversion.s2t

    /// `t`: none → the configured conversion → its reverse → none. The open
    /// article is shown again from its imported text (converted once per
    /// script, cached), laid out anew, and kept at the same reading position,
    /// which is in imported offsets; the list is loaded again to be shown
    /// in the new script.
    mutating func cycleConversion() -> [Effect] {
        let configured = preferences.conversion == .none ? Self.unconfiguredConversion : preferences.conversion
        let next = ScriptConversion.next(after: conversion, configured: configured)
        do {
            _ = try ScriptConverter.convert("汉字", next)  // opens the configuration once; says why it cannot
        } catch {
            status = StatusMessage("无法转换 cannot convert: \(error)", isError: true)
            return []
        }
        conversion = next
        status = StatusMessage("文字 script: \(next.label) \(next.rawValue)")
        var effects: [Effect] = []
        if var open = article {
            let shown = displayText.article(open.imported, cache: &conversions.cache)
            open.detail = shown.detail
            open.offsets = shown.offsets
            open.titleOffsets = shown.titleOffsets
            open.document = ArticleDocument.firstRows(shown.detail, width: open.document.width, preferences: preferences)
            open.findMatches()
            open.currentMatch = nil
            open.scroll = open.row(for: open.anchor)
            article = open
            clampArticleScroll()
            effects += layoutRest(of: open)
        }
        return effects + reloadList()
    }

    /// The list's rows again from the store, so they pass through DisplayText
    /// in the new script; the selection stays on the same article.
    mutating func reloadList() -> [Effect] {
        switch view {
        case .search(let query):
            pendingSelectionKey = selectedSummary?.key
            return startSearch(query)
        default:
            guard let filter = view.filter, list.isLoaded else { return [] }
            list.requestedOffset = list.offset
            return [.loadPage(filter: filter, offset: list.offset, limit: ListWindow.pageSize)]
        }
    }
}
