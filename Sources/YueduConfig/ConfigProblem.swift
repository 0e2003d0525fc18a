/// Something wrong in the configuration file, said the way a compiler says
/// it: `config.toml:12: theme must be one of default, light, monochrome`.
public struct ConfigProblem: Hashable, Sendable, CustomStringConvertible, Error {
    public var file: String
    /// 1-based; nil when the problem is the file as a whole.
    public var line: Int?
    public var message: String

    /// Control characters in the file name or in quoted text are escaped
    /// here, the one way into a problem, so none reaches a terminal raw.
    public init(file: String, line: Int?, message: String) {
        self.file = ControlEscape.escaped(file); self.line = line; self.message = ControlEscape.escaped(message)
    }

    public var description: String { Self.format(file, line, message) }

    /// The problem with only the file's name, for the reader's one status
    /// row: a long path (XDG_CONFIG_HOME under a deep directory) would push
    /// the line number and the message itself off the screen.
    /// `yuedu config` prints the full path.
    public var brief: String {
        Self.format(String(file.split(separator: "/").last ?? Substring(file)), line, message)
    }

    private static func format(_ file: String, _ line: Int?, _ message: String) -> String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}
