#include "CLineBreak.h"
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

// Opening a line break iterator loads ICU's rules; keep one per locale per
// thread and only rebind its text.
#define CACHE_SIZE 4
static _Thread_local struct { char locale[32]; UBreakIterator *it; } cache[CACHE_SIZE];

static UBreakIterator *iterator_for(const char *locale) {
    for (int i = 0; i < CACHE_SIZE; i++) {
        if (cache[i].it && strncmp(cache[i].locale, locale, sizeof cache[i].locale) == 0) return cache[i].it;
    }
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open(UBRK_LINE, locale, NULL, 0, &status);
    if (U_FAILURE(status)) return NULL;
    for (int i = 0; i < CACHE_SIZE; i++) {
        if (!cache[i].it) {
            strncpy(cache[i].locale, locale, sizeof cache[i].locale - 1);
            cache[i].it = it;
            return it;
        }
    }
    ubrk_close(cache[0].it);
    strncpy(cache[0].locale, locale, sizeof cache[0].locale - 1);
    cache[0].it = it;
    return it;
}

int32_t yuedu_line_breaks(const char *locale, const uint16_t *text, int32_t length,
                          int32_t *offsets, uint8_t *mandatory, int32_t capacity) {
    UBreakIterator *it = iterator_for(locale);
    if (!it) return -1;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(it, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t pos = ubrk_following(it, 0); pos != UBRK_DONE && count < capacity; pos = ubrk_next(it)) {
        offsets[count] = pos;
        mandatory[count] = ubrk_getRuleStatus(it) >= UBRK_LINE_HARD ? 1 : 0;
        count++;
    }
    return count;
}
