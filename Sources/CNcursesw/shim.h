// The wide-character ncurses API is only declared with NCURSES_WIDECHAR, and
// SwiftPM drops the pkg-config flags that would set it, so set it here.
#ifndef YUEDU_CNCURSESW_SHIM_H
#define YUEDU_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// glibc hides wcwidth without __USE_XOPEN.
extern int wcwidth(wchar_t c);

// Macros and globals Swift cannot import (or, in Swift 6 mode, read).
static inline attr_t yuedu_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t yuedu_A_BOLD(void) { return A_BOLD; }
static inline attr_t yuedu_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t yuedu_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t yuedu_A_DIM(void) { return A_DIM; }
static inline WINDOW *yuedu_stdscr(void) { return stdscr; }
static inline int yuedu_lines(void) { return LINES; }
static inline int yuedu_cols(void) { return COLS; }
static inline void yuedu_set_escdelay(int ms) { set_escdelay(ms); }
static inline int yuedu_color_pairs(void) { return COLOR_PAIRS; }
static inline int yuedu_colors(void) { return COLORS; }
static inline int yuedu_key_resize(void) { return KEY_RESIZE; }
static inline int yuedu_key_mouse(void) { return KEY_MOUSE; }
static inline int yuedu_err(void) { return ERR; }
static inline int yuedu_ok(void) { return OK; }
static inline int yuedu_key_code_yes(void) { return KEY_CODE_YES; }
static inline nl_item yuedu_codeset(void) { return CODESET; }

// Mouse: the buttons the reader asks for (left press, wheel up and down).
static inline mmask_t yuedu_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t yuedu_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t yuedu_button5_pressed(void) { return BUTTON5_PRESSED; }

// Whether terminfo describes line-drawing characters (acsc) for this TERM.
static inline int yuedu_has_acsc(void) {
    char *s = tigetstr("acsc");
    return s != NULL && s != (char *)-1 && *s != 0;
}
#endif
