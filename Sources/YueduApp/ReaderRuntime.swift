import Foundation
import YueduConfig
import YueduCore
import YueduFetch
import YueduModel
import YueduStore
import YueduTerminal
import YueduUI

/// The reader's event loop: terminal events become Actions, the reducer
/// returns Effects, the EffectRunner carries them out, and the state is
/// rendered and drawn after every change.
@MainActor
public final class ReaderRuntime {
    private let runner: EffectRunner
    private let layouts = BackgroundLayout()
    private let work: BackgroundWork
    private let feedUpdates: BackgroundFeedUpdate
    private let terminal: any ReaderTerminal
    private let theme: Theme
    private var state: AppState
    private var quitting = false
    /// What was last written, so idle saves only write what changed.
    private var savedPosition: (key: String, position: ReadingPosition)?
    private var savedSession: SessionSnapshot?
    /// The library's external change counter when last looked at.
    private var libraryVersion: Int?
    private var drawnState: AppState?

    /// How long the loop waits for a key before it counts as idle and saves
    /// the reading position and session: a crash loses at most this much.
    static let idleMilliseconds: Int32 = 400
    /// How often the loop looks for a finished background layout or a
    /// search's first page.
    static let layoutPollMilliseconds: Int32 = 15
    /// How often the loop looks for a fetched page: soon enough to feel
    /// immediate, seldom enough to leave the CPU alone for a 30 s timeout.
    static let fetchPollMilliseconds: Int32 = 50

    /// How long quitting waits for a running feed update to stop between two
    /// feeds (its transfers are cancelled, so it is usually at once); past it
    /// the process ends anyway (SQLite's transactions keep a write cut short
    /// out of the library), so a slow write never delays a quit.
    static let feedUpdateQuitSeconds = 0.5

    /// `fetchClient` fetches the pages the reader adds (related links, `a`)
    /// and the feeds `R` updates (with `feedSettings`, as `yuedu update` does).
    public init(store: LibraryStore, terminal: any ReaderTerminal, theme: Theme, preferences: Preferences = .standard,
                fetchClient: HTTPClient = HTTPClient(), feedSettings: FeedUpdateSettings = FeedUpdateSettings()) {
        let runner = EffectRunner(store: store)
        self.runner = runner
        work = BackgroundWork(runner: runner, client: fetchClient)
        feedUpdates = BackgroundFeedUpdate { cancellation, progress in
            runner.updateFeeds(client: fetchClient, settings: feedSettings, cancellation: cancellation, progress: progress)
        }
        self.terminal = terminal
        self.theme = theme
        let size = terminal.size
        state = AppState(width: size.width, height: size.height, preferences: preferences)
    }

    /// Runs until the user quits or a termination signal arrives. Problems
    /// in the configuration file show on the status line first: the reader
    /// runs with the defaults for whatever it could not read.
    public func run(startupMessage: String?, configProblems: [ConfigProblem] = []) {
        let session = runner.loadSession() ?? SessionSnapshot()
        savedSession = session
        perform(state.restore(from: session))
        if let startupMessage { state.status = StatusMessage(startupMessage) }
        if let first = configProblems.first {
            let more = configProblems.count > 1 ? " (+\(configProblems.count - 1) more)" : ""
            state.status = StatusMessage("配置 config: \(first.brief)\(more)", isError: true)
        }
        libraryVersion = runner.externalChangeCounter()
        while !quitting {
            for action in layouts.collect() + work.collect() + feedUpdates.collect() { dispatch(action) }
            noticeExternalChanges()
            draw()
            let busy = layouts.isBusy || work.isSearching
            let fetching = work.isBusy || feedUpdates.isBusy
            let timeout = busy ? Self.layoutPollMilliseconds : fetching ? Self.fetchPollMilliseconds : Self.idleMilliseconds
            guard let event = terminal.nextEvent(timeoutMilliseconds: timeout) else {
                if !busy { saveIfIdle() }
                continue
            }
            switch event {
            case .key(let key): dispatch(.keyPressed(key))
            case .mouse(let mouse): dispatch(.mouse(mouse))
            case .resized(let width, let height):
                drawnState = nil  // the terminal's contents are unknown (a resize, a return from Ctrl-Z)
                dispatch(.resized(width: width, height: height))
            // A signal saves and quits whatever the key bindings say.
            case .terminationRequested: perform(state.quitEffects())
            }
        }
    }

    private func dispatch(_ action: Action) { perform(reduce(&state, action)) }

    /// Effects run in order; each answer is reduced at once, and its own
    /// effects run before the next of the batch.
    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit:
                work.cancelAll()
                feedUpdates.cancel(waitingAtMost: Self.feedUpdateQuitSeconds)
                quitting = true
            case .updateFeeds:
                feedUpdates.start()
            case .cancelFeedUpdate:
                feedUpdates.stop()
            case .fetchPage(let url):
                work.fetch(url)
            case .cancelFetch(let url):
                work.cancel(.fetch(url: url))
            case .search(let query, let limit, let firstPage, let ticket):
                work.search(query, limit: limit, firstPage: firstPage, ticket: ticket)
            case .cancelSearch(let ticket):
                work.cancel(.search(ticket: ticket))
            case .copyToClipboard(let text):
                terminal.writeControlSequence(Clipboard.osc52(text))
            case .layOutArticle(let detail, let width, let preferences):
                layouts.start(detail, width: width, preferences: preferences)
            case .savePosition(let key, let position):
                if let answer = runner.perform(effect) { dispatch(answer) } else { savedPosition = (key, position) }
            case .saveSession(let snapshot):
                if let answer = runner.perform(effect) { dispatch(answer) } else { savedSession = snapshot }
            default:
                if let answer = runner.perform(effect) { dispatch(answer) }
            }
        }
    }

    /// Looked at before every frame, so after any key (or idle wait) the
    /// screen shows what another reader or an import committed.
    private func noticeExternalChanges() {
        let version = runner.externalChangeCounter()
        guard version != libraryVersion else { return }
        libraryVersion = version
        dispatch(.libraryChangedElsewhere)
    }

    private func saveIfIdle() {
        if let article = state.article,
           savedPosition?.key != article.key || savedPosition?.position != article.position {
            perform([.savePosition(key: article.key, article.position)])
        }
        let snapshot = state.snapshot
        if snapshot != savedSession { perform([.saveSession(snapshot)]) }
    }

    /// Renders only when the state changed: the loop also wakes every few
    /// milliseconds while a layout runs, and must leave the CPU to it.
    private func draw() {
        guard state != drawnState else { return }
        terminal.draw(render(state, theme: theme))
        drawnState = state
    }
}
