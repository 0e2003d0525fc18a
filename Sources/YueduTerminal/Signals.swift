#if canImport(Glibc)
import Glibc
#endif

/// Signal handling for the reader. Termination signals only set a flag the
/// event loop reads (nothing else is safe in a handler); fatal signals put the
/// terminal back in its saved mode before the process dies, so a crash never
/// leaves the user's shell in raw mode.
enum Signals {
    /// The termination signal waiting to be handled, 0 when none. Written only
    /// by the handler, read and cleared by the event loop on the main thread.
    nonisolated(unsafe) static var pendingTermination: Int32 = 0
    /// Set by SIGTSTP (Ctrl-Z): the loop leaves curses mode, then stops.
    nonisolated(unsafe) static var pendingSuspend: Int32 = 0
    nonisolated(unsafe) static var savedTermios = termios()
    nonisolated(unsafe) static var hasSavedTermios = false

    static func install() {
        if tcgetattr(STDIN_FILENO, &savedTermios) == 0 { hasSavedTermios = true }
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { Signals.pendingTermination = $0 }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
        var suspend = sigaction()
        suspend.__sigaction_handler.sa_handler = { _ in Signals.pendingSuspend = 1 }
        sigemptyset(&suspend.sa_mask)
        sigaction(SIGTSTP, &suspend, nil)
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { Signals.restoreTerminalAndDie($0) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND))
            sigaction(signal, &action, nil)
        }
    }

    /// Async-signal-safe: restore termios, leave the alternate screen, show
    /// the cursor, then re-raise with the default action.
    static func restoreTerminalAndDie(_ signal: Int32) {
        if hasSavedTermios { tcsetattr(STDIN_FILENO, TCSANOW, &savedTermios) }
        let reset: StaticString = "\u{1B}[0m\u{1B}[?1000l\u{1B}[?1049l\u{1B}[?25h\r\n"
        _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
        raise(signal)
    }

    static func takePendingSuspend() -> Bool {
        guard pendingSuspend != 0 else { return false }
        pendingSuspend = 0
        return true
    }

    static func takePendingTermination() -> Int32? {
        let signal = pendingTermination
        guard signal != 0 else { return nil }
        pendingTermination = 0
        return signal
    }
}
