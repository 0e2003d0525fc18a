// zstd 1.5 (Debian libzstd-dev): compresses an article's long text columns.
#include <zstd.h>
