#include "COpenCC.h"
#include <opencc/opencc.h>
#include <string.h>
#include <stdlib.h>
#include <pthread.h>

// One converter per process: opening t2s loads dictionaries (milliseconds), and
// OpenCC converters are safe to share for conversion.
static pthread_once_t once = PTHREAD_ONCE_INIT;
static opencc_t t2s = (opencc_t)-1;
static void open_t2s(void) { t2s = opencc_open("t2s.json"); }

char *yuedu_opencc_convert(const char *config, const char *input, size_t length) {
    if (strcmp(config, "t2s.json") != 0) return NULL;
    pthread_once(&once, open_t2s);
    if (t2s == (opencc_t)-1) return NULL;
    return opencc_convert_utf8(t2s, input, length);
}

void yuedu_opencc_free(char *converted) { opencc_convert_utf8_free(converted); }
