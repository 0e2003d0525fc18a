// ICU's UAX #14 line break iterator behind a plain C interface. ICU headers
// stay inside linebreak.c: exposing them to Swift clashes with Foundation's
// bundled ICU module.
#ifndef YUEDU_CLINEBREAK_H
#define YUEDU_CLINEBREAK_H
#include <stdint.h>

// Writes the UTF-16 offsets (> 0) before which a line may break, in order, for
// `text` under ICU `locale` (e.g. "zh", "ja@lb=strict", "ko"). `mandatory[i]`
// is 1 where the break is required (after a hard line break). Returns the
// number of offsets (at most `capacity`), or -1 when ICU fails.
int32_t yuedu_line_breaks(const char *locale,
                          const uint16_t *text, int32_t length,
                          int32_t *offsets, uint8_t *mandatory,
                          int32_t capacity);

// libc's wcwidth under the C.UTF-8 locale, whatever the process locale is:
// the other half of "what the terminal will do with this text". In C because
// glibc hides wcwidth without _XOPEN_SOURCE. Fills widths[cp] = wcwidth(cp) for 0 <= cp < count.
// Returns 0, or -1 when the C.UTF-8 locale is unavailable.
int32_t yuedu_fill_libc_widths(int8_t *widths, uint32_t count);
// The same widths, generated into libcwidth_table.c so nothing is measured at
// start: wcwidth(cp) = pages[page_of_block[cp >> 8] << 8 | (cp & 0xFF)].
const uint16_t *yuedu_width_page_of_block(void);
const int8_t *yuedu_width_pages(void);

// ICU's NFKC_Casefold (NFKC, full case folding, default ignorables removed,
// recomposed): the Unicode-defined closure of the search fold's first steps,
// in one fast pass. Writes at most `capacity` UTF-16 units to `out` and
// returns the length the result needs (call again with a bigger buffer when
// it exceeds `capacity`), or -1 when ICU fails.
int32_t yuedu_nfkc_casefold(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity);
// The same over UTF-8 (which must be valid): `length` and `capacity` count
// bytes; returns the bytes the result needs, or -1. Converting in C with
// ICU's converters is many times cheaper than through Swift's UTF-16 views.
int32_t yuedu_nfkc_casefold_utf8(const char *text, int32_t length, char *out, int32_t capacity);
// ICU's version ("72.1.0.0") into `out` (at least 24 bytes).
void yuedu_icu_version(char *out);
#endif
