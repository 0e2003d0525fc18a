import Foundation
import YueduCore
import YueduTerminal
import YueduUI

/// The reader's terminal as a script: each `nextEvent` plays the next step
/// (an event, an idle wait, or something done to the world in between), and
/// every frame the loop draws is kept to be read as rows of text. When the
/// script runs out the session ends as SIGTERM would end it.
@MainActor
final class ScriptedTerminal: ReaderTerminal {
    enum Step {
        case event(TerminalEvent)
        /// The wait times out with no input.
        case idle
        /// Runs between two events, e.g. a second reader writing.
        case run(() throws -> Void)
        /// Idle waits until the last frame satisfies the condition (work
        /// finishing off the main thread), for at most `seconds`.
        case idleUntil(seconds: Double, ([String]) -> Bool)
    }

    private(set) var size: (width: Int, height: Int)
    private var steps: [Step]
    private var deadline: Date?
    private(set) var frames: [CellBuffer] = []
    private(set) var controlSequences: [String] = []
    private(set) var errors: [any Error] = []

    init(width: Int, height: Int, script: [Step]) {
        size = (width, height)
        steps = script
    }

    func draw(_ buffer: CellBuffer) { frames.append(buffer) }

    func writeControlSequence(_ sequence: String) { controlSequences.append(sequence) }

    func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent? {
        while !steps.isEmpty {
            switch steps.removeFirst() {
            case .event(let event):
                if case .resized(let width, let height) = event { size = (width, height) }
                return event
            case .idle:
                return nil
            case .run(let work):
                do { try work() } catch { errors.append(error) }
            case .idleUntil(let seconds, let condition):
                if condition(screen) { deadline = nil; continue }
                let end = deadline ?? Date().addingTimeInterval(seconds)
                guard Date() < end else {
                    errors.append(TimedOut(screen: screen))
                    deadline = nil
                    continue
                }
                deadline = end
                steps.insert(.idleUntil(seconds: seconds, condition), at: 0)
                usleep(UInt32(min(timeoutMilliseconds, 20)) * 1000)
                return nil
            }
        }
        return .terminationRequested(signal: SIGTERM)
    }

    /// An `idleUntil` whose condition never held; `screen` is the last frame.
    struct TimedOut: Error { var screen: [String] }

    /// The rows of the last frame drawn.
    var screen: [String] { frames.last?.lines ?? [] }
}

extension ScriptedTerminal.Step {
    static func key(_ c: Character) -> Self { .event(.key(.character(c))) }
    static func key(_ key: Key) -> Self { .event(.key(key)) }
}
