import CZstd
#if canImport(Glibc)
import Glibc
#endif

/// One zstd compression and one decompression context per thread, kept for
/// the thread's life: a fresh context per call allocates and clears its
/// tables each time, which made compressing a 4 KB body 1.7× and
/// decompressing it 3.7× slower (/tmp C benchmark on this machine,
/// 2026-12-04). A thread uses its contexts one call at a time; they are
/// freed when the thread ends.
enum ZstdContexts {
    private static let compressKey = key { if let context = $0 { ZSTD_freeCCtx(OpaquePointer(context)) } }
    private static let decompressKey = key { if let context = $0 { ZSTD_freeDCtx(OpaquePointer(context)) } }

    private static func key(_ destructor: @convention(c) (UnsafeMutableRawPointer?) -> Void) -> pthread_key_t {
        var key = pthread_key_t()
        let status = pthread_key_create(&key, destructor)
        precondition(status == 0, "pthread_key_create failed: \(status)")
        return key
    }

    /// This thread's compression context, at `StoredText.level` with a
    /// checksum in every frame; nil if zstd cannot make one.
    static func compression() -> OpaquePointer? {
        if let context = pthread_getspecific(compressKey) { return OpaquePointer(context) }
        guard let context = ZSTD_createCCtx() else { return nil }
        // A checksum in every frame: without one, a damaged frame can
        // decode to text of the right length with garbage in it.
        ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, StoredText.level)
        ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1)
        guard pthread_setspecific(compressKey, UnsafeMutableRawPointer(context)) == 0 else {
            ZSTD_freeCCtx(context)
            return nil
        }
        return context
    }

    static func decompression() -> OpaquePointer? {
        if let context = pthread_getspecific(decompressKey) { return OpaquePointer(context) }
        guard let context = ZSTD_createDCtx() else { return nil }
        guard pthread_setspecific(decompressKey, UnsafeMutableRawPointer(context)) == 0 else {
            ZSTD_freeDCtx(context)
            return nil
        }
        return context
    }
}
