// uchardet 0.0.7 (Debian libuchardet-dev): statistical charset detection.
#include <uchardet/uchardet.h>
