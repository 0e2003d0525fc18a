// SwiftPM needs a source file for a C target; this one also proves that
// the header compiles as C on its own, with no libxml2 symbol referenced.
#include "shim.h"
