// libxml2's types, constants and function types only: LibXML2Library opens
// the library itself on the first parse, so nothing here may call a libxml2
// function directly. `libxml` beside this file links to the system's
// /usr/include/libxml2/libxml (libxml2-dev), which is how `<libxml/…>`
// resolves without pkg-config, whose flags would also link -lxml2.
#ifndef YUEDU_CLIBXML2_SHIM_H
#define YUEDU_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with Foundation's
// bundled ICU; we never touch the ICU converter fields, so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

// One pointer type per function LibXML2Library resolves, taken from the
// headers so a signature cannot drift from the library's.
typedef __typeof__(htmlReadMemory) *cxml_htmlReadMemory_fn;
typedef __typeof__(xmlCtxtReadMemory) *cxml_xmlCtxtReadMemory_fn;
typedef __typeof__(xmlNewParserCtxt) *cxml_xmlNewParserCtxt_fn;
typedef __typeof__(xmlFreeParserCtxt) *cxml_xmlFreeParserCtxt_fn;
typedef __typeof__(xmlFreeDoc) *cxml_xmlFreeDoc_fn;
typedef __typeof__(xmlDocGetRootElement) *cxml_xmlDocGetRootElement_fn;
typedef __typeof__(xmlGetProp) *cxml_xmlGetProp_fn;
typedef __typeof__(xmlGetNsProp) *cxml_xmlGetNsProp_fn;
typedef __typeof__(xmlNodeGetBase) *cxml_xmlNodeGetBase_fn;
typedef __typeof__(xmlNodeGetLang) *cxml_xmlNodeGetLang_fn;
typedef __typeof__(xmlStrlen) *cxml_xmlStrlen_fn;
typedef __typeof__(xmlBufferCreate) *cxml_xmlBufferCreate_fn;
typedef __typeof__(xmlBufferFree) *cxml_xmlBufferFree_fn;
typedef __typeof__(xmlBufferContent) *cxml_xmlBufferContent_fn;
typedef __typeof__(xmlNodeDump) *cxml_xmlNodeDump_fn;
#endif
