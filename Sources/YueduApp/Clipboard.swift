import Foundation

/// OSC 52: asks the terminal (xterm, kitty, foot, tmux with set-clipboard)
/// to put text on the system clipboard. The one escape sequence yuedu emits
/// itself; the text travels base64-encoded, so nothing in it can act as a
/// control sequence.
public enum Clipboard {
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }
}
