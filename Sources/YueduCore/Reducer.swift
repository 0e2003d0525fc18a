import YueduModel

/// The one function that changes the reader's state. Side effects come back
/// as values for the runtime to carry out.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let action = state.displayText.apply(to: action)
    switch action {
    case .keyPressed(let key):
        return state.handle(key: key, keyMap: state.preferences.keyMap)
    case .resized(let width, let height):
        return state.resize(width: width, height: height)
    case .pageLoaded(let filter, let offset, let rows, let total):
        return state.receivePage(filter: filter, offset: offset, rows: rows, total: total)
    case .countsLoaded(let counts):
        state.counts = counts
        return []
    case .articleLoaded(let detail):
        return state.receiveArticle(detail)
    case .articleLaidOut(let key, let document):
        return state.receiveLayout(document, for: key)
    case .articleMissing(let key):
        state.articleMissing(key)
        return []
    case .sitesLoaded(let sites):
        state.receiveSites(sites)
        return []
    case .feedsLoaded(let feeds):
        state.receiveFeeds(feeds)
        return []
    case .feedUpdateProgressed(let done, let total):
        state.feedUpdateProgressed(done: done, total: total)
        return []
    case .feedsUpdated(let summary):
        return state.feedsUpdated(summary)
    case .feedUpdateFailed(let message):
        return state.feedUpdateFailed(message: message)
    case .searchResultsLoaded(let ticket, let query, let hits, let isComplete):
        state.receiveSearchResults(ticket: ticket, query: query, hits: hits, isComplete: isComplete)
        return []
    case .storeFailed(let message):
        state.status = StatusMessage("存储出错 store error: " + message, isError: true)
        return []
    case .libraryChangedElsewhere:
        // Marks set elsewhere show in the header's counts at once.
        return [.loadCounts]
    case .mouse(let event):
        return state.handle(mouse: event)
    case .linkFailed(let message):
        state.status = StatusMessage("无法打开链接 cannot open the link: " + message, isError: true)
        return []
    case .pageFetched(let url, let key):
        return state.receiveFetchedPage(url: url, key: key)
    case .fetchFailed(let url, let message):
        state.fetchFailed(url: url, message: message)
        return []
    }
}

extension AppState {
    /// The key table decides the command; unbound printable keys are typed
    /// into the search prompt.
    mutating func handle(key: Key, keyMap: KeyMap = .standard) -> [Effect] {
        let context = keyContext
        if context != .prompt { status = nil }
        guard let command = keyMap.command(for: key, in: context) else {
            if context == .prompt, case .character(let c) = key {
                if prompt != nil { prompt?.insert(c) } else { urlPrompt?.insert(c) }
            }
            return []
        }
        switch context {
        case .prompt: return promptCommand(command)
        case .sitePicker: return pickerCommand(command)
        case .feedPicker: return feedPickerCommand(command)
        case .help: return helpCommand(command)
        case .list, .article, .related: return paneCommand(command)
        }
    }

    /// A command in the focused pane.
    mutating func paneCommand(_ command: Command) -> [Effect] {
        switch command {
        case .moveDown: return move(by: 1)
        case .moveUp: return move(by: -1)
        case .top: return move(to: 0)
        case .bottom:
            let effects = move(to: Int.max / 2)
            if focus == .article, article?.document.isComplete == false { article?.endWanted = true }
            return effects
        case .halfPageDown: return move(by: max(1, paneHeight / 2))
        case .halfPageUp: return move(by: -max(1, paneHeight / 2))
        case .pageDown: return move(by: pageLength)
        case .pageUp: return move(by: -pageLength)
        case .open:
            switch focus {
            case .list: return openSelected()
            case .related: return openRelated(at: relatedSelection)
            case .article: return []
            }
        case .focusNext: focus = Pane.allCases[(Pane.allCases.firstIndex(of: focus)! + 1) % 3]
        case .focusPrevious: focus = Pane.allCases[(Pane.allCases.firstIndex(of: focus)! + 2) % 3]
        case .focusLeft: focus = Pane.allCases[max(0, Pane.allCases.firstIndex(of: focus)! - 1)]
        case .focusRight: focus = Pane.allCases[min(2, Pane.allCases.firstIndex(of: focus)! + 1)]
        case .back: return goBack()
        case .forward: return goForward()
        case .toggleFavorite: return toggleFavorite()
        case .toggleRead: return toggleRead()
        case .openRelated(let n): return openRelated(at: n - 1)
        case .cycleView:
            viewBeforeSearch = nil
            return setView(view.next)
        case .sitePicker:
            sitePicker = SitePicker()
            return [.loadSites]
        case .feedPicker:
            feedPicker = FeedPicker()
            return [.loadFeeds]
        case .updateFeeds: return startFeedUpdate()
        case .search:
            prompt = SearchPrompt(history: searchHistory)
        case .cycleConversion: return cycleConversion()
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .help: help = HelpState()
        case .openLink: return openLink()
        case .copyLink: return copyLink()
        case .addURL: urlPrompt = SearchPrompt()
        // Esc stops what the status line shows, the latest thing asked for first.
        case .close:
            if fetch != nil { return cancelFetch() }
            if case .search = view { return leaveSearch() }
            return cancelFeedUpdate()
        case .quit: return quitEffects()
        default: break
        }
        return []
    }

    /// Rows the focused pane shows at once.
    var paneHeight: Int {
        switch focus {
        case .list: return listHeight
        case .article: return max(1, layout.articleText.height)
        case .related: return max(1, layout.content(of: .related).height)
        }
    }

    /// A page keeps one row of the previous one in the article, like `less`.
    var pageLength: Int { focus == .article ? max(1, paneHeight - 1) : paneHeight }

    mutating func move(by delta: Int) -> [Effect] {
        switch focus {
        case .list: return select(selection + delta)
        case .article:
            scrollArticle(to: (article?.scroll ?? 0) + delta)
            return markReadIfAtEnd()
        case .related: selectRelated(relatedSelection + delta)
        }
        return []
    }

    mutating func move(to index: Int) -> [Effect] {
        switch focus {
        case .list: return select(index)
        case .article:
            scrollArticle(to: index)
            return markReadIfAtEnd()
        case .related: selectRelated(index)
        }
        return []
    }

    /// Saves the reading position and the session, then quits. `q` and
    /// Ctrl-C end here; the runtime calls it too on SIGTERM or SIGHUP.
    public mutating func quitEffects() -> [Effect] {
        var effects: [Effect] = []
        if let article { effects.append(.savePosition(key: article.key, article.position)) }
        effects.append(.saveSession(snapshot))
        effects.append(.quit)
        return effects
    }

    mutating func resize(width: Int, height: Int) -> [Effect] {
        self.width = max(0, width)
        self.height = max(0, height)
        var effects: [Effect] = []
        // A tiny screen shows no article: keep the old layout rather than wrap it one cell wide.
        if var open = article, layout.mode != .tiny {
            let textWidth = max(1, layout.articleText.width)
            if textWidth != open.document.width {
                open.document = ArticleDocument.firstRows(open.detail, width: textWidth, preferences: preferences)
                open.findMatches()
                open.currentMatch = nil
                effects += layoutRest(of: open)
            }
            open.scroll = open.row(for: open.anchor)
            article = open
            clampArticleScroll()
        }
        keepSelectionVisible()
        return effects
    }
}
