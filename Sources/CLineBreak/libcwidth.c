#define _XOPEN_SOURCE 700
#define _GNU_SOURCE
#include "CLineBreak.h"
#include <locale.h>
#include <wchar.h>

int32_t yuedu_fill_libc_widths(int8_t *widths, uint32_t count) {
    // uselocale changes only this thread's locale, so the table is right
    // even when the process never called setlocale.
    locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    if (utf8 == (locale_t)0) return -1;
    locale_t previous = uselocale(utf8);
    for (uint32_t cp = 0; cp < count; cp++) widths[cp] = (int8_t)wcwidth((wchar_t)cp);
    uselocale(previous);
    freelocale(utf8);
    return 0;
}
