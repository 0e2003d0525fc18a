import YueduUI

/// What the reader's event loop needs from a terminal: its size, a frame
/// drawn, the next event, and a control sequence written between frames.
/// `NcursesTerminal` is the real one; tests drive the loop through a
/// scripted double that records the frames.
@MainActor
public protocol ReaderTerminal: AnyObject {
    var size: (width: Int, height: Int) { get }
    func draw(_ buffer: CellBuffer)
    /// Nil when nothing arrived within the timeout (the loop counts it as idle).
    func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent?
    func writeControlSequence(_ sequence: String)
}
