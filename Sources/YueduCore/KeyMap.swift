/// One key binding: the keys, what they do, the help text, and where they
/// apply. The same table handles keys and generates the help overlay.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var command: Command
    public var help: String
    public var contexts: Set<KeyContext>
    /// Short text for the status bar's key hints; nil keeps it out of them.
    public var hint: String?

    public init(_ keys: [Key], _ command: Command, _ help: String, in contexts: Set<KeyContext>, hint: String? = nil) {
        self.keys = keys; self.command = command; self.help = help; self.contexts = contexts; self.hint = hint
    }

    /// `j ↓`: the keys as the help screen lists them.
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}

public struct KeyMap: Hashable, Sendable {
    public var bindings: [KeyBinding]
    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The first binding for `key` in `context`.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.command
    }

    public func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.contexts.contains(context) }
    }

    private static let panes: Set<KeyContext> = [.list, .article, .related]
    private static let movable: Set<KeyContext> = [.list, .article, .related, .sitePicker, .feedPicker, .help]
    private static func c(_ character: Character) -> Key { .character(character) }

    /// The reader's keys: vi keys and arrows both; browser-like history
    /// (H/L, [/], Backspace); newsboat-like numbers for related links.
    public static let standard = KeyMap(bindings: [
        KeyBinding([c("j"), .down], .moveDown, "下一行/项 down", in: movable, hint: "j/k move"),
        KeyBinding([c("k"), .up], .moveUp, "上一行/项 up", in: movable),
        KeyBinding([c("g"), .home], .top, "顶部 top", in: movable),
        KeyBinding([c("G"), .end], .bottom, "底部 bottom", in: movable),
        KeyBinding([.control("d")], .halfPageDown, "下半页 half page down", in: movable),
        KeyBinding([.control("u")], .halfPageUp, "上半页 half page up", in: movable),
        KeyBinding([c(" "), .pageDown, .control("f")], .pageDown, "下一页 page down", in: movable),
        KeyBinding([c("b"), .pageUp, .control("b")], .pageUp, "上一页 page up", in: movable),
        KeyBinding([.enter], .open, "打开 open", in: [.list, .related, .sitePicker, .feedPicker], hint: "Enter open"),
        KeyBinding([.tab], .focusNext, "下一窗格 next pane", in: panes, hint: "Tab pane"),
        KeyBinding([.backTab], .focusPrevious, "上一窗格 previous pane", in: panes),
        KeyBinding([c("h"), .left], .focusLeft, "左窗格 pane to the left", in: panes),
        KeyBinding([c("l"), .right], .focusRight, "右窗格 pane to the right", in: panes),
        KeyBinding([c("H"), c("["), .backspace], .back, "后退 back", in: panes, hint: "H back"),
        KeyBinding([c("L"), c("]")], .forward, "前进 forward", in: panes),
        KeyBinding([c("f")], .toggleFavorite, "收藏/取消 toggle favourite", in: panes, hint: "f fav"),
        KeyBinding([c("r")], .toggleRead, "已读/未读 toggle read", in: panes),
    ] + (1...9).map { n in
        KeyBinding([c(Character(String(n)))], .openRelated(n), "打开相关阅读 \(n) open related item \(n)", in: panes)
    } + [
        KeyBinding([c("v")], .cycleView, "视图 view: all → unread → favourites", in: panes, hint: "v view"),
        KeyBinding([c("S")], .sitePicker, "选择站点 choose a site", in: panes),
        KeyBinding([c("F")], .feedPicker, "订阅 choose a feed (unread counts, last errors)", in: panes),
        // In the feed picker too: its counts and errors refresh when the update ends.
        KeyBinding([c("R")], .updateFeeds, "更新订阅 update all feeds in the background", in: panes.union([.feedPicker])),
        KeyBinding([c("/")], .search, "搜索 search", in: panes, hint: "/ search"),
        KeyBinding([c("n")], .nextMatch, "下一匹配 next match", in: panes),
        KeyBinding([c("N")], .previousMatch, "上一匹配 previous match", in: panes),
        KeyBinding([c("t")], .cycleConversion, "繁简转换 script: as imported → configured → reverse", in: panes),
        KeyBinding([c("o")], .openLink, "在浏览器打开 open the article's URL in the browser", in: panes),
        KeyBinding([c("y")], .copyLink, "复制链接 copy the article's URL (OSC 52)", in: panes),
        KeyBinding([c("a")], .addURL, "添加网址 fetch a URL into the library and open it", in: panes),
        KeyBinding([c("?")], .help, "帮助 help", in: panes, hint: "? help"),
        KeyBinding([.escape], .close, "关闭 close overlay / cancel the fetch / leave search / stop the feed update", in: panes),
        KeyBinding([.escape, c("q"), c("?")], .close, "关闭 close", in: [.help], hint: "Esc close"),
        KeyBinding([.escape, c("q")], .close, "关闭 close", in: [.sitePicker, .feedPicker], hint: "Esc close"),
        KeyBinding([c("q"), .control("c")], .quit, "退出 quit", in: panes, hint: "q quit"),
        KeyBinding([.control("c")], .quit, "退出 quit", in: [.help, .sitePicker, .feedPicker, .prompt]),
        // The search prompt: every other printable key is typed.
        KeyBinding([.enter], .submit, "搜索/取回 search / fetch the URL", in: [.prompt], hint: "Enter search"),
        KeyBinding([.escape], .close, "取消 cancel", in: [.prompt], hint: "Esc cancel"),
        KeyBinding([.left, .control("b")], .cursorLeft, "光标左 cursor left", in: [.prompt]),
        KeyBinding([.right, .control("f")], .cursorRight, "光标右 cursor right", in: [.prompt]),
        KeyBinding([.home, .control("a")], .cursorHome, "行首 start of line", in: [.prompt]),
        KeyBinding([.end, .control("e")], .cursorEnd, "行尾 end of line", in: [.prompt]),
        KeyBinding([.backspace, .control("h")], .deleteBackward, "删除前一字 delete before", in: [.prompt]),
        KeyBinding([.delete, .control("d")], .deleteForward, "删除后一字 delete after", in: [.prompt]),
        KeyBinding([.control("u")], .clearLine, "清空 clear", in: [.prompt]),
        KeyBinding([.up], .historyPrevious, "上一条搜索 older search", in: [.prompt], hint: "↑↓ history"),
        KeyBinding([.down], .historyNext, "下一条搜索 newer search", in: [.prompt]),
    ])
}
