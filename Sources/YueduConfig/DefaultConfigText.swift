import YueduCore

/// The commented file `yuedu config --print-default` writes. Built from the
/// defaults themselves (Preferences.standard, KeyMap.standard), so it always
/// parses back to exactly the defaults (a test checks).
public enum DefaultConfigText {
    public static func make(_ p: Preferences = .standard) -> String {
        var out = """
        # yuedu configuration: $XDG_CONFIG_HOME/yuedu/config.toml (else ~/.config/yuedu/config.toml),
        # or the file given with `yuedu read --config PATH`. Every setting is optional; this file
        # lists the defaults. A mistake is reported on the status line with its line number, and
        # the reader starts anyway (with the defaults for what it could not read).

        # Colours: "default" (dark terminals), "light" (light backgrounds) or "monochrome".
        # NO_COLOR in the environment, or --no-color, always means monochrome.
        theme = \(TOMLSubset.quote(p.theme.rawValue))

        # When an article counts as read: "open" (as soon as it is opened) or "end" (once its last
        # line has been on screen).
        mark_read = \(TOMLSubset.quote(p.markRead.rawValue))

        # Indent the first line of Chinese and Japanese paragraphs by two ideographic spaces.
        first_line_indent = \(p.firstLineIndent)

        # Draw “quotes”, … and — as ", ... and -, and ① as (1): for terminals and fonts that draw these
        # East Asian "ambiguous" characters two cells wide, which would push the borders out of line.
        ascii_punctuation = \(p.asciiPunctuation)

        # Clicks select and open, the wheel scrolls. false leaves the mouse to the terminal, so a
        # plain drag selects text (with true, most terminals select with Shift held).
        mouse = \(p.mouse)

        # Show articles in another Chinese script by OpenCC's rules: "none", or "s2t", "t2s", "s2tw",
        # "tw2s", "s2twp" (Taiwan phrases: 软件 → 軟體), "tw2sp", "s2hk", "hk2s", "t2tw", "tw2t", "t2hk",
        # "hk2t". The library keeps the text as imported; t in the reader cycles none → this → reverse.
        convert = \(TOMLSubset.quote(p.conversion.rawValue))

        [layout]
        # The list pane's width, in percent of the screen (10 to 60).\(p.layout.listPercent == nil ? " Default: 30 with three\n# columns, 40 with two." : "")
        \(p.layout.listPercent.map { "list_width = \($0)" } ?? "# list_width = 30")
        # The related-reading pane's size in percent: of the width beside the article, of the
        # height below it (10 to 60).\(p.layout.relatedPercent == nil ? " Default: 25 beside, 33 below." : "")
        \(p.layout.relatedPercent.map { "related_size = \($0)" } ?? "# related_size = 25")
        # Where the related pane goes: "auto" (beside the article from 140 columns, below it from
        # 80), "beside" (a third column from 80 columns) or "below".
        related = \(TOMLSubset.quote(p.layout.related.rawValue))

        [keys]
        # action = "key" or ["key", "key", ...]. A key is a character ("j", "?", "Space"), a name
        # (Up Down Left Right PgUp PgDn Home End Enter Tab S-Tab Esc BS Del F1…F12) or a control key
        # ("^D"). Binding an action gives it exactly these keys in the panes; the help, site and
        # feed overlays keep Esc and q. A key taken from another action is reported.

        """
        for command in Command.configurable {
            guard let binding = p.keyMap.bindings.first(where: { $0.command == command }) else { continue }
            if command == .submit { out += "\n# In the search prompt (other printable keys are typed).\n" }
            let keys = binding.keys.map { TOMLSubset.quote($0.configName) }
            let value = keys.count == 1 ? keys[0] : "[" + keys.joined(separator: ", ") + "]"
            out += "\(command.configName) = \(value)\(String(repeating: " ", count: max(1, 30 - command.configName.count - value.count)))# \(binding.help)\n"
        }
        return out
    }
}
