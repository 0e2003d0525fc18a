import ArgumentParser
import YueduCore

/// `yuedu keys`: the reader's key table as Markdown, generated from the same
/// KeyMap that handles keys and draws the help overlay (the README embeds it).
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Print the reader's keys as a Markdown table.")

    func run() {
        print(Self.markdown(.standard), terminator: "")
    }

    static func markdown(_ keyMap: KeyMap) -> String {
        var out = "| Keys | Does | Where |\n|---|---|---|\n"
        var relatedRowWritten = false
        for binding in keyMap.bindings {
            if case .openRelated = binding.command {
                // Nine bindings, one line: 1–9 open related item N.
                if relatedRowWritten { continue }
                relatedRowWritten = true
                out += "| `1`…`9` | 打开相关阅读 N open related item N | \(contexts(binding)) |\n"
                continue
            }
            let keys = binding.keys.map { "`\($0.label)`" }.joined(separator: " ")
            out += "| \(keys) | \(binding.help.replacingOccurrences(of: "|", with: "\\|")) | \(contexts(binding)) |\n"
        }
        return out
    }

    private static func contexts(_ binding: KeyBinding) -> String {
        KeyContext.allCases.filter(binding.contexts.contains).map(\.rawValue).joined(separator: ", ")
    }
}
