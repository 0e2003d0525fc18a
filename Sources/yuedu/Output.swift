import Foundation
import YueduText

/// Writes to standard output and standard error: each call is one
/// unbuffered write, so output and errors interleave in order; callers that
/// print many lines gather them first (see `RowPrinter`).
enum Output {
    static func out(_ text: String) { write(text, to: 1) }
    static func err(_ text: String) { write(text, to: 2) }

    private static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 { if errno == EINTR { continue } else { return } }
                offset += written
            }
        }
    }

    /// The JSON style of every `--json` output: sorted keys, no escaped
    /// slashes, non-ASCII text as is.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Text from a library or an input file made safe for one line of a
    /// terminal: escape sequences and controls out (article text comes from
    /// the web), line breaks as spaces.
    static func plain(_ text: String) -> String {
        Sanitizer.sanitize(text).replacingOccurrences(of: "\n", with: " ")
    }

    static var isTerminal: (out: Bool, err: Bool) { (isatty(1) == 1, isatty(2) == 1) }

    /// Columns of the terminal on standard output, or nil when it is not one.
    static func terminalColumns() -> Int? {
        var size = winsize()
        guard isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
