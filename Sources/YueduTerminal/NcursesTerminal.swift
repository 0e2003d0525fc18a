import CNcursesw
import YueduCore
import YueduUI
#if canImport(Glibc)
import Glibc
#endif

/// The one place that talks to ncurses. It draws a `CellBuffer` by placing
/// each changed cell at the column the layout computed (never letting ncurses
/// wrap or measure text), and reports keys, resizes and termination signals.
/// ncurses is not thread-safe, so this lives on the main actor.
@MainActor
public final class NcursesTerminal: ReaderTerminal {
    private var previous: CellBuffer?
    private var colorPairs: [ColorKey: Int16] = [:]
    private let colorsEnabled: Bool
    private var isActive = false
    /// Mouse events read with an earlier one and not yet reported.
    private var pendingMouse: [MouseEvent] = []

    /// Sets up the locale (W1), signals and ncurses. `colors: false` draws in
    /// monochrome whatever the terminal supports (NO_COLOR).
    public init(colors: Bool, mouse: Bool = true) throws {
        try adoptUTF8Locale()
        Signals.install()
        guard initscr() != nil else { throw TerminalSetupError.cannotInitialize }
        isActive = true
        cbreak()                       // Ctrl-C and Ctrl-Z stay signals.
        noecho()
        nonl()
        intrflush(yuedu_stdscr(), false)
        keypad(yuedu_stdscr(), true)
        yuedu_set_escdelay(25)
        curs_set(0)
        if mouse {
            // Presses arrive at once rather than after a click interval.
            mouseinterval(0)
            mousemask(yuedu_button1_pressed() | yuedu_button4_pressed() | yuedu_button5_pressed(), nil)
        }
        if colors && has_colors() {
            start_color()
            use_default_colors()
            colorsEnabled = true
        } else {
            colorsEnabled = false
        }
    }

    public var size: (width: Int, height: Int) { (Int(yuedu_cols()), Int(yuedu_lines())) }

    /// Colours were wanted and the terminal has them.
    public var hasColors: Bool { colorsEnabled }

    /// Draws the cells that differ from the last frame (all of them after a
    /// resize), then places the cursor, visible only where the buffer asks.
    public func draw(_ buffer: CellBuffer) {
        let screen = yuedu_stdscr()
        let diff = FrameDiff(from: previous, to: buffer)
        if diff.isFull { werase(screen) }
        for change in diff.changes { put(change.cell, x: change.x, y: change.y) }
        if let cursor = buffer.cursor, cursor.y < buffer.height, cursor.x < buffer.width {
            curs_set(1)
            wmove(screen, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(screen)
        previous = buffer
    }

    /// Forces the next `draw` to repaint everything (after a resize or a
    /// return from suspension, when the terminal's contents are unknown).
    public func invalidate() {
        previous = nil
        clearok(yuedu_stdscr(), true)
    }

    /// Waits up to `timeoutMilliseconds` for input. Returns nil on timeout.
    public func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent? {
        if let signal = Signals.takePendingTermination() { return .terminationRequested(signal: signal) }
        if !pendingMouse.isEmpty { return .mouse(pendingMouse.removeFirst()) }
        wtimeout(yuedu_stdscr(), timeoutMilliseconds)
        var character: wint_t = 0
        let status = wget_wch(yuedu_stdscr(), &character)
        if let signal = Signals.takePendingTermination() { return .terminationRequested(signal: signal) }
        if Signals.takePendingSuspend() { return suspend() }
        if status == yuedu_err() { return nil }
        if status == yuedu_key_code_yes() {
            let code = Int32(character)
            if code == yuedu_key_resize() {
                invalidate()
                return .resized(width: size.width, height: size.height)
            }
            if code == yuedu_key_mouse() {
                pendingMouse += queuedMouseEvents()
                return pendingMouse.isEmpty ? nil : .mouse(pendingMouse.removeFirst())
            }
            return KeyDecoding.key(code: code).map(TerminalEvent.key)
        }
        return KeyDecoding.key(character: UInt32(character)).map(TerminalEvent.key)
    }

    /// Every mouse event ncurses holds, oldest first. When events queue up
    /// faster than the reader reads them (two quick clicks on a busy
    /// machine), ncurses parses them as one run and leaves more than one
    /// press in its queue, of which getmouse returns the newest first: one
    /// call per KEY_MOUSE would lose the earlier clicks.
    private func queuedMouseEvents() -> [MouseEvent] {
        var newestFirst: [MouseEvent] = []
        var event = MEVENT()
        while getmouse(&event) == yuedu_ok() {
            if let mouse = KeyDecoding.mouse(buttons: event.bstate, x: Int(event.x), y: Int(event.y)) {
                newestFirst.append(mouse)
            }
        }
        return newestFirst.reversed()
    }

    /// Ctrl-Z: give the terminal back to the shell, stop, and on SIGCONT
    /// take it again and report the (possibly changed) size so the reader
    /// repaints everything.
    private func suspend() -> TerminalEvent {
        endwin()
        raise(SIGSTOP)
        invalidate()
        wrefresh(yuedu_stdscr())
        return .resized(width: size.width, height: size.height)
    }

    /// Whether the terminal can draw the box-drawing borders: terminfo must
    /// describe line drawing (acsc), and pre-Unicode terminals such as the
    /// VT100 family are taken at their word even under a UTF-8 locale.
    public var canDrawLines: Bool {
        LineDrawing.supported(hasACSC: yuedu_has_acsc() != 0, term: getenv("TERM").map { String(cString: $0) } ?? "")
    }

    /// Writes a control sequence the reader itself composed (OSC 52) straight
    /// to the terminal, between frames. Never article text.
    public func writeControlSequence(_ sequence: String) {
        let bytes = Array(sequence.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = write(STDOUT_FILENO, base + offset, buffer.count - offset)
                if n < 0 { if errno == EINTR { continue } else { return } }
                offset += n
            }
        }
    }

    /// Restores the terminal. Safe to call more than once.
    public func shutdown() {
        guard isActive else { return }
        isActive = false
        curs_set(1)
        endwin()
    }

    /// Draws one cell. A cluster can hold several spacing code points (ｶﾞ is
    /// ｶ + U+FF9E, a grapheme extender of width 1): `setcchar` keeps only the
    /// first, so each spacing code point, with the zero-width marks after it,
    /// is drawn in its own column, as the terminal itself advances.
    private func put(_ cell: Cell, x: Int, y: Int) {
        let pair = colorPair(for: cell.style)
        let attributes = attributes(for: cell.style)
        var column = x
        for group in Self.spacingGroups(cell.text) {
            var wide = group.scalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
            wide.append(0)
            var cchar = cchar_t()
            setcchar(&cchar, wide, attributes, pair, nil)
            mvwadd_wch(yuedu_stdscr(), Int32(y), Int32(column), &cchar)
            column += group.width
        }
    }

    /// Splits a cluster into runs of one spacing code point and the
    /// zero-width code points that follow it.
    static func spacingGroups(_ text: String) -> [(scalars: [Unicode.Scalar], width: Int)] {
        var groups: [(scalars: [Unicode.Scalar], width: Int)] = []
        for scalar in text.unicodeScalars {
            let width = Int(wcwidth(wchar_t(bitPattern: scalar.value)))
            if width > 0 || groups.isEmpty {
                groups.append(([scalar], max(width, 0)))
            } else {
                groups[groups.count - 1].scalars.append(scalar)
            }
        }
        return groups.isEmpty ? [([" "], 1)] : groups
    }

    private func attributes(for style: Style) -> attr_t {
        var attributes = yuedu_A_NORMAL()
        if style.bold { attributes |= yuedu_A_BOLD() }
        if style.reverse { attributes |= yuedu_A_REVERSE() }
        if style.underline { attributes |= yuedu_A_UNDERLINE() }
        if style.dim { attributes |= yuedu_A_DIM() }
        if colorsEnabled, yuedu_colors() <= 8, style.fg == .brightBlack { attributes |= yuedu_A_DIM() }
        return attributes
    }

    private struct ColorKey: Hashable { var fg: Color?; var bg: Color? }

    /// Colour pairs are allocated the first time a combination is drawn.
    private func colorPair(for style: Style) -> Int16 {
        guard colorsEnabled, style.fg != nil || style.bg != nil else { return 0 }
        let key = ColorKey(fg: style.fg, bg: style.bg)
        if let pair = colorPairs[key] { return pair }
        let pair = Int16(colorPairs.count + 1)
        guard Int32(pair) < yuedu_color_pairs() else { return 0 }
        init_pair(pair, Self.number(style.fg), Self.number(style.bg))
        colorPairs[key] = pair
        return pair
    }

    private static func number(_ color: Color?) -> Int16 {
        switch color {
        case nil: return -1
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        // On 8 colours bright black would be black, invisible on a dark
        // background: the terminal's default colour (drawn dim) instead.
        case .brightBlack: return yuedu_colors() > 8 ? 8 : -1
        }
    }
}

public enum TerminalSetupError: Error, CustomStringConvertible {
    case cannotInitialize
    public var description: String {
        "cannot start the terminal screen (is TERM set to a terminal that ncurses knows?)"
    }
}
