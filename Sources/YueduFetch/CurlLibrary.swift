import CCurl
import YueduLazyLibrary

/// libcurl, opened on the first fetch (LazyLibrary says why): the functions
/// CurlExchange calls, resolved once. `shared` also runs curl_global_init,
/// which must happen once, before any transfer, on one thread: a `static let`
/// gives exactly that.
struct CurlLibrary: @unchecked Sendable {  // C function pointers into a library never closed
    static let shared: Result<CurlLibrary, LazyLibraryError> = Result { () throws(LazyLibraryError) -> CurlLibrary in
        let library = try CurlLibrary(LazyLibrary(name: "libcurl", sonames: ["libcurl.so.4"]))
        _ = library.globalInit(ccurl_global_default())
        return library
    }

    let globalInit: ccurl_global_init_fn
    let easyInit: ccurl_easy_init_fn
    let easyCleanup: ccurl_easy_cleanup_fn
    let easyStrerror: ccurl_easy_strerror_fn
    /// The variadic curl_easy_setopt and curl_easy_getinfo, for the shim's typed callers (`setLong`…).
    let easySetopt: UnsafeMutableRawPointer
    let easyGetinfo: UnsafeMutableRawPointer
    let slistAppend: ccurl_slist_append_fn
    let slistFreeAll: ccurl_slist_free_all_fn
    let multiInit: ccurl_multi_init_fn
    let multiCleanup: ccurl_multi_cleanup_fn
    let multiAddHandle: ccurl_multi_add_handle_fn
    let multiRemoveHandle: ccurl_multi_remove_handle_fn
    let multiPerform: ccurl_multi_perform_fn
    let multiPoll: ccurl_multi_poll_fn
    let multiInfoRead: ccurl_multi_info_read_fn

    private init(_ library: LazyLibrary) throws(LazyLibraryError) {
        globalInit = try library.function("curl_global_init")
        easyInit = try library.function("curl_easy_init")
        easyCleanup = try library.function("curl_easy_cleanup")
        easyStrerror = try library.function("curl_easy_strerror")
        easySetopt = try library.address(of: "curl_easy_setopt")
        easyGetinfo = try library.address(of: "curl_easy_getinfo")
        slistAppend = try library.function("curl_slist_append")
        slistFreeAll = try library.function("curl_slist_free_all")
        multiInit = try library.function("curl_multi_init")
        multiCleanup = try library.function("curl_multi_cleanup")
        multiAddHandle = try library.function("curl_multi_add_handle")
        multiRemoveHandle = try library.function("curl_multi_remove_handle")
        multiPerform = try library.function("curl_multi_perform")
        multiPoll = try library.function("curl_multi_poll")
        multiInfoRead = try library.function("curl_multi_info_read")
    }

    @discardableResult
    func setLong(_ easy: UnsafeMutableRawPointer, _ option: CURLoption, _ value: Int) -> CURLcode {
        ccurl_setopt_long(easySetopt, easy, option, value)
    }
    @discardableResult
    func setOffset(_ easy: UnsafeMutableRawPointer, _ option: CURLoption, _ value: curl_off_t) -> CURLcode {
        ccurl_setopt_off(easySetopt, easy, option, value)
    }
    @discardableResult
    func setString(_ easy: UnsafeMutableRawPointer, _ option: CURLoption, _ value: String) -> CURLcode {
        ccurl_setopt_string(easySetopt, easy, option, value)  // curl copies strings it is given
    }
    @discardableResult
    func setPointer(_ easy: UnsafeMutableRawPointer, _ option: CURLoption, _ value: UnsafeMutableRawPointer?) -> CURLcode {
        ccurl_setopt_pointer(easySetopt, easy, option, value)
    }
    @discardableResult
    func setList(_ easy: UnsafeMutableRawPointer, _ option: CURLoption, _ value: UnsafeMutablePointer<curl_slist>?) -> CURLcode {
        ccurl_setopt_slist(easySetopt, easy, option, value)
    }
    @discardableResult
    func setWriteFunction(_ easy: UnsafeMutableRawPointer, _ option: CURLoption, _ function: curl_write_callback) -> CURLcode {
        ccurl_setopt_write_function(easySetopt, easy, option, function)
    }
    @discardableResult
    func setProgressFunction(_ easy: UnsafeMutableRawPointer, _ function: curl_xferinfo_callback) -> CURLcode {
        ccurl_setopt_xferinfo_function(easySetopt, easy, function)
    }
    @discardableResult
    func getLong(_ easy: UnsafeMutableRawPointer, _ info: CURLINFO, _ value: inout Int) -> CURLcode {
        ccurl_getinfo_long(easyGetinfo, easy, info, &value)
    }
}
