/// A key as the terminal reports it, independent of ncurses.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, lowercase: `.control("d")` for Ctrl-D.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete
    case function(Int)
}

/// A mouse event in screen cells.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(kind: Kind, x: Int, y: Int) { self.kind = kind; self.x = x; self.y = y }
}
