import CNcursesw
import YueduCore

/// Turns what `wget_wch` returned into a `Key`: a character (`OK`) or a key
/// code (`KEY_CODE_YES`). nil for codes the reader has no use for.
enum KeyDecoding {
    static func key(character value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        default:
            guard let scalar = Unicode.Scalar(value), value >= 32 else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A left press or a wheel step; nil for the rest (releases, right button).
    static func mouse(buttons: mmask_t, x: Int, y: Int) -> MouseEvent? {
        if buttons & yuedu_button4_pressed() != 0 { return MouseEvent(kind: .wheelUp, x: x, y: y) }
        if buttons & yuedu_button5_pressed() != 0 { return MouseEvent(kind: .wheelDown, x: x, y: y) }
        if buttons & yuedu_button1_pressed() != 0 { return MouseEvent(kind: .press, x: x, y: y) }
        return nil
    }

    static func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(code - KEY_F0))
        default: return nil
        }
    }
}
