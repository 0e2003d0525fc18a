// uchardet 0.0.7 (Debian libuchardet-dev): statistical charset detection.
// Types and function types only: UchardetLibrary opens the library itself
// on first use, so nothing here may call a uchardet function directly.
#include <uchardet/uchardet.h>

typedef __typeof__(uchardet_new) *cuchardet_new_fn;
typedef __typeof__(uchardet_delete) *cuchardet_delete_fn;
typedef __typeof__(uchardet_handle_data) *cuchardet_handle_data_fn;
typedef __typeof__(uchardet_data_end) *cuchardet_data_end_fn;
typedef __typeof__(uchardet_get_charset) *cuchardet_get_charset_fn;
