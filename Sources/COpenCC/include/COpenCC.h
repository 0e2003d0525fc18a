// OpenCC behind a plain C interface (its header pulls in C++ otherwise).
#ifndef YUEDU_COPENCC_H
#define YUEDU_COPENCC_H
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

// Converts UTF-8 `input` with the OpenCC configuration `config` (a file name
// OpenCC resolves, e.g. "t2s.json", or a path). Each configuration is opened
// once per process. Returns a malloc'd NUL-terminated UTF-8 string the caller
// frees with yuedu_opencc_free, or NULL when OpenCC or the file is unavailable.
char *yuedu_opencc_convert(const char *config, const char *input, size_t length);
void yuedu_opencc_free(char *converted);

// A byte offset of the input and the offset of the output it converts to:
// input[0..<input) converts to exactly output[0..<output).
typedef struct {
    size_t input;
    size_t output;
} yuedu_opencc_point;

// A conversion and the points where it is exact: OpenCC's segment
// boundaries, and inside a segment the boundaries its conversion steps share,
// except inside a run of pieces that keep their number of characters (the
// run maps one to one, so its ends are enough).
typedef struct {
    char *text;                  // NUL-terminated UTF-8
    size_t length;               // bytes of text
    yuedu_opencc_point *points;  // ascending; first (0,0), last (input length, length)
    size_t count;
} yuedu_opencc_mapped;

// Converts as yuedu_opencc_convert does, on tables copied from OpenCC's
// dictionaries (several times faster), with the points unless `with_points`
// is 0 (then only (0,0) and the end). Returns 0 on
// success (free with yuedu_opencc_mapped_free), -1 when the configuration
// cannot be opened. `error` (may be NULL) gets OpenCC's message, malloc'd.
int yuedu_opencc_convert_mapped(const char *config, const char *input, size_t length, int with_points,
                                yuedu_opencc_mapped *result, char **error);
void yuedu_opencc_mapped_free(yuedu_opencc_mapped *result);

#ifdef __cplusplus
}
#endif
#endif
