import CLibXML2
import YueduLazyLibrary

/// libxml2, opened on the first parse (LazyLibrary says why): the functions
/// the HTML extractor and the feed parser (YueduFeeds) call, resolved once.
/// Every caller parses text it cannot refuse to parse, so a missing library
/// stops the program with a message naming it, as the dynamic loader did
/// before the library was loaded lazily.
package struct LibXML2Library: @unchecked Sendable {  // C function pointers into a library never closed
    package static let shared: LibXML2Library = {
        do throws(LazyLibraryError) {
            return try LibXML2Library(LazyLibrary(name: "libxml2", sonames: ["libxml2.so.2"]))
        } catch {
            error.exit()
        }
    }()

    package let htmlReadMemory: cxml_htmlReadMemory_fn
    package let xmlCtxtReadMemory: cxml_xmlCtxtReadMemory_fn
    package let xmlNewParserCtxt: cxml_xmlNewParserCtxt_fn
    package let xmlFreeParserCtxt: cxml_xmlFreeParserCtxt_fn
    package let xmlFreeDoc: cxml_xmlFreeDoc_fn
    package let xmlDocGetRootElement: cxml_xmlDocGetRootElement_fn
    package let xmlGetProp: cxml_xmlGetProp_fn
    package let xmlGetNsProp: cxml_xmlGetNsProp_fn
    package let xmlNodeGetBase: cxml_xmlNodeGetBase_fn
    package let xmlNodeGetLang: cxml_xmlNodeGetLang_fn
    package let xmlStrlen: cxml_xmlStrlen_fn
    package let xmlBufferCreate: cxml_xmlBufferCreate_fn
    package let xmlBufferFree: cxml_xmlBufferFree_fn
    package let xmlBufferContent: cxml_xmlBufferContent_fn
    package let xmlNodeDump: cxml_xmlNodeDump_fn
    /// What frees the strings libxml2 hands out (xmlGetProp…): the value of
    /// its global `xmlFree` variable, which stays `free` unless someone calls
    /// xmlMemSetup, which nothing here does.
    package let xmlFree: xmlFreeFunc

    private init(_ library: LazyLibrary) throws(LazyLibraryError) {
        htmlReadMemory = try library.function("htmlReadMemory")
        xmlCtxtReadMemory = try library.function("xmlCtxtReadMemory")
        xmlNewParserCtxt = try library.function("xmlNewParserCtxt")
        xmlFreeParserCtxt = try library.function("xmlFreeParserCtxt")
        xmlFreeDoc = try library.function("xmlFreeDoc")
        xmlDocGetRootElement = try library.function("xmlDocGetRootElement")
        xmlGetProp = try library.function("xmlGetProp")
        xmlGetNsProp = try library.function("xmlGetNsProp")
        xmlNodeGetBase = try library.function("xmlNodeGetBase")
        xmlNodeGetLang = try library.function("xmlNodeGetLang")
        xmlStrlen = try library.function("xmlStrlen")
        xmlBufferCreate = try library.function("xmlBufferCreate")
        xmlBufferFree = try library.function("xmlBufferFree")
        xmlBufferContent = try library.function("xmlBufferContent")
        xmlNodeDump = try library.function("xmlNodeDump")
        guard let free = try library.address(of: "xmlFree").load(as: xmlFreeFunc?.self) else {
            throw LazyLibraryError(library: library.name, detail: "xmlFree is not set")
        }
        xmlFree = free
    }
}

/// This module's way to the library, loaded on first use.
var libxml2: LibXML2Library { LibXML2Library.shared }
