// OpenCC behind a plain C interface (its header pulls in C++ otherwise).
#ifndef YUEDU_COPENCC_H
#define YUEDU_COPENCC_H
#include <stddef.h>

// Converts UTF-8 `input` with the OpenCC configuration `config` (e.g.
// "t2s.json"). Returns a malloc'd NUL-terminated UTF-8 string the caller
// frees with yuedu_opencc_free, or NULL when OpenCC is unavailable.
char *yuedu_opencc_convert(const char *config, const char *input, size_t length);
void yuedu_opencc_free(char *converted);
#endif
