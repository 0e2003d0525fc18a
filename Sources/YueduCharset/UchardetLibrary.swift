import CUchardet
import YueduLazyLibrary

/// uchardet, opened the first time bytes need a guess (LazyLibrary says
/// why). A missing library stops the program with a message naming it, as
/// the dynamic loader did before it was loaded lazily: detection without
/// the guess would quietly read some pages differently.
struct UchardetLibrary: @unchecked Sendable {  // C function pointers into a library never closed
    static let shared: UchardetLibrary = {
        do throws(LazyLibraryError) {
            return try UchardetLibrary(LazyLibrary(name: "uchardet", sonames: ["libuchardet.so.0"]))
        } catch {
            error.exit()
        }
    }()

    let new: cuchardet_new_fn
    let delete: cuchardet_delete_fn
    let handleData: cuchardet_handle_data_fn
    let dataEnd: cuchardet_data_end_fn
    let charset: cuchardet_get_charset_fn

    private init(_ library: LazyLibrary) throws(LazyLibraryError) {
        new = try library.function("uchardet_new")
        delete = try library.function("uchardet_delete")
        handleData = try library.function("uchardet_handle_data")
        dataEnd = try library.function("uchardet_data_end")
        charset = try library.function("uchardet_get_charset")
    }
}
