#ifndef YUEDU_CLIBXML2_SHIM_H
#define YUEDU_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with Foundation's
// bundled ICU; we never touch the ICU converter fields, so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

// xmlFree is a global function-pointer variable, which Swift 6 rejects as
// shared mutable state: call it through a function.
static inline void yuedu_xmlFree(void *p) { xmlFree(p); }
#endif
