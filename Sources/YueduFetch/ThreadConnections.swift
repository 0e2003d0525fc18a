import CCurl
#if canImport(Glibc)
import Glibc
#endif

/// One curl multi handle per thread, kept for the thread's life. A multi
/// handle keeps the connections its transfers leave open, so a thread's
/// next fetch from the same host (a pool worker's next feed from that
/// site, the next hop of a redirect) reuses the connection instead of
/// opening another, and over HTTPS skips the TLS handshake: kinder to the
/// server, and what browsers do. A thread's transfers run one after
/// another, so a handle is never shared; it is closed when its thread ends.
enum ThreadConnections {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { handle in
            if let handle, case .success(let curl) = CurlLibrary.shared { _ = curl.multiCleanup(handle) }
        }
        precondition(status == 0, "pthread_key_create failed: \(status)")
        return key
    }()

    /// This thread's multi handle, made on its first fetch; nil if curl cannot make one.
    static func multiHandle(_ curl: CurlLibrary) -> UnsafeMutableRawPointer? {
        if let handle = pthread_getspecific(key) { return handle }
        guard let handle = curl.multiInit() else { return nil }
        guard pthread_setspecific(key, handle) == 0 else {
            _ = curl.multiCleanup(handle)
            return nil
        }
        return handle
    }
}
