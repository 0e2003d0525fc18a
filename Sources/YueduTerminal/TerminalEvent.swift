import YueduCore

/// What the terminal reports to the runtime.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resized(width: Int, height: Int)
    /// SIGINT, SIGTERM or SIGHUP arrived: save state and exit.
    case terminationRequested(signal: Int32)
}
