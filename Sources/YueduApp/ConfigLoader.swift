import Foundation
import YueduConfig
import YueduCore

/// Finds and reads the configuration file. Never throws: a file that cannot
/// be read or parsed comes back as problems beside the defaults, so the
/// reader always starts.
public enum ConfigLoader {
    /// `--config PATH`, else `$XDG_CONFIG_HOME/yuedu/config.toml`, else
    /// `~/.config/yuedu/config.toml`.
    public static func path(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit { return explicit }
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/yuedu/config.toml" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/yuedu/config.toml"
    }

    /// A missing file at the default place means the defaults, silently;
    /// a missing file the user named is a problem.
    public static func load(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> ConfigFile.Loaded {
        let file = path(explicit: explicit, environment: environment)
        guard FileManager.default.fileExists(atPath: file) else {
            let problems = explicit == nil ? [] : [ConfigProblem(file: file, line: nil, message: "no such file; using the defaults")]
            return ConfigFile.Loaded(preferences: .standard, problems: problems)
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            return ConfigFile.Loaded(preferences: .standard, problems: [ConfigProblem(file: file, line: nil, message: "cannot be read; using the defaults")])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return ConfigFile.Loaded(preferences: .standard, problems: [ConfigProblem(file: file, line: nil, message: "is not UTF-8; using the defaults")])
        }
        return ConfigFile.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, file: file)
    }
}
