import Foundation
import YueduStore

/// One line on a terminal saying what the store is doing to the whole
/// library and how far it has come (an upgrade on open, `doctor`), redrawn
/// in place like the import's count; made only for a terminal, so scripts
/// and pipes see nothing.
final class LibraryProgressLine {
    private let fd: Int32
    private var lastShown = Date.distantPast
    private var shown: LibraryProgress.Phase?

    /// nil when `fd` is not a terminal.
    init?(fd: Int32 = 2) {
        guard isatty(fd) == 1 else { return nil }
        self.fd = fd
    }

    /// A phase's first and last report always show; the rest at most five times a second.
    /// Work over an empty library (a new one's first index) is not shown.
    func show(_ progress: LibraryProgress) {
        guard progress.total > 0 else { return }
        let now = Date()
        let edge = progress.phase != shown || progress.done >= progress.total
        guard edge || now.timeIntervalSince(lastShown) >= 0.2 else { return }
        lastShown = now
        shown = progress.phase
        write("\r\u{1B}[K" + Self.text(progress))
    }

    /// Removes the line, leaving the cursor where it started.
    func clear() {
        if shown != nil { write("\r\u{1B}[K") }
        shown = nil
    }

    static func text(_ p: LibraryProgress) -> String {
        let percent = p.total > 0 ? " (\(p.done * 100 / p.total)%)" : ""
        switch p.phase {
        case .migrating: return "yuedu: upgrading the library: step \(p.done) of \(p.total)"
        case .countingRelated: return "yuedu: counting related items: \(p.done) of \(p.total) articles\(percent)"
        case .rebuildingIndex: return "yuedu: rebuilding the search index: \(p.done) of \(p.total) articles\(percent)"
        case .checking: return "yuedu: checking the library: \(p.done) of \(p.total) checks"
        }
    }

    private func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = Foundation.write(fd, bytes.baseAddress, bytes.count) }
    }
}
