// libcurl's types, constants and function types only: YueduFetch opens the
// library itself on the first fetch (CurlLibrary), so nothing here may call
// a libcurl function directly (the module map links nothing).
#ifndef YUEDU_CCURL_SHIM_H
#define YUEDU_CCURL_SHIM_H
#include <curl/curl.h>

static inline long ccurl_global_default(void) { return CURL_GLOBAL_DEFAULT; }

// One pointer type per function CurlLibrary resolves, taken from curl.h so a
// signature cannot drift from the library's.
typedef __typeof__(curl_global_init) *ccurl_global_init_fn;
typedef __typeof__(curl_easy_init) *ccurl_easy_init_fn;
typedef __typeof__(curl_easy_cleanup) *ccurl_easy_cleanup_fn;
typedef __typeof__(curl_easy_strerror) *ccurl_easy_strerror_fn;
typedef __typeof__(curl_slist_append) *ccurl_slist_append_fn;
typedef __typeof__(curl_slist_free_all) *ccurl_slist_free_all_fn;
typedef __typeof__(curl_multi_init) *ccurl_multi_init_fn;
typedef __typeof__(curl_multi_cleanup) *ccurl_multi_cleanup_fn;
typedef __typeof__(curl_multi_add_handle) *ccurl_multi_add_handle_fn;
typedef __typeof__(curl_multi_remove_handle) *ccurl_multi_remove_handle_fn;
typedef __typeof__(curl_multi_perform) *ccurl_multi_perform_fn;
typedef __typeof__(curl_multi_poll) *ccurl_multi_poll_fn;
typedef __typeof__(curl_multi_info_read) *ccurl_multi_info_read_fn;

// curl_easy_setopt and curl_easy_getinfo are variadic, which Swift can call
// neither directly nor through a pointer: one typed wrapper per argument kind
// the fetcher uses, each calling the variadic function it is given (the
// address CurlLibrary resolved) with an argument of exactly that type.
typedef CURLcode (*ccurl_setopt_fn)(CURL *, CURLoption, ...);
typedef CURLcode (*ccurl_getinfo_fn)(CURL *, CURLINFO, ...);

static inline CURLcode ccurl_setopt_long(void *setopt, CURL *h, CURLoption o, long v) {
    return ((ccurl_setopt_fn)setopt)(h, o, v);
}
static inline CURLcode ccurl_setopt_off(void *setopt, CURL *h, CURLoption o, curl_off_t v) {
    return ((ccurl_setopt_fn)setopt)(h, o, v);
}
static inline CURLcode ccurl_setopt_string(void *setopt, CURL *h, CURLoption o, const char *v) {
    return ((ccurl_setopt_fn)setopt)(h, o, v);
}
static inline CURLcode ccurl_setopt_pointer(void *setopt, CURL *h, CURLoption o, void *v) {
    return ((ccurl_setopt_fn)setopt)(h, o, v);
}
static inline CURLcode ccurl_setopt_slist(void *setopt, CURL *h, CURLoption o, struct curl_slist *v) {
    return ((ccurl_setopt_fn)setopt)(h, o, v);
}
static inline CURLcode ccurl_setopt_write_function(void *setopt, CURL *h, CURLoption o, curl_write_callback f) {
    return ((ccurl_setopt_fn)setopt)(h, o, f);
}
static inline CURLcode ccurl_setopt_xferinfo_function(void *setopt, CURL *h, curl_xferinfo_callback f) {
    return ((ccurl_setopt_fn)setopt)(h, CURLOPT_XFERINFOFUNCTION, f);
}

static inline CURLcode ccurl_getinfo_long(void *getinfo, CURL *h, CURLINFO i, long *v) {
    return ((ccurl_getinfo_fn)getinfo)(h, i, v);
}

#endif
