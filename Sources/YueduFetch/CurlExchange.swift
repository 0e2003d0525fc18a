import CCurl
import Foundation

/// One HTTP exchange through libcurl: one GET, no redirect following (the
/// client loops so it sees every hop), bytes and headers out.
struct CurlExchange {
    struct Reply {
        var status: Int
        var headers: HTTPHeaders
        var body: [UInt8]
    }

    enum Failure: Error {
        case timedOut, tooLarge, cancelled
        case failed(String)
    }

    var url: URL
    var headers: [String: String]
    var userAgent: String
    var proxy: String?
    var noProxy: String?
    var connectTimeout: Duration
    var totalTimeout: Duration
    var lowSpeedBytesPerSecond: Int
    var lowSpeedTime: Duration
    var maxBytes: Int
    var certificateAuthorityFile: String?
    var cancellation: FetchCancellation?

    /// How often a stalled transfer looks at its cancellation.
    static let pollMilliseconds: Int32 = 50

    func perform() -> Result<Reply, Failure> {
        _ = curlInitialized
        guard let easy = curl_easy_init() else { return .failure(.failed("libcurl could not start a transfer")) }
        defer { curl_easy_cleanup(easy) }
        let sink = Sink(maxBytes: maxBytes, cancellation: cancellation)
        let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        defer { errorBuffer.deallocate() }
        var headerList: UnsafeMutablePointer<curl_slist>? = nil
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            // "Name;" is curl's way to send a header with an empty value.
            headerList = curl_slist_append(headerList, value.isEmpty ? "\(name);" : "\(name): \(value)")
        }
        defer { curl_slist_free_all(headerList) }

        ccurl_setopt_string(easy, CURLOPT_URL, url.absoluteString)
        ccurl_setopt_long(easy, CURLOPT_HTTPGET, 1)
        ccurl_setopt_string(easy, CURLOPT_PROTOCOLS_STR, "http,https")
        ccurl_setopt_string(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        ccurl_setopt_long(easy, CURLOPT_FOLLOWLOCATION, 0)
        ccurl_setopt_string(easy, CURLOPT_USERAGENT, userAgent)
        ccurl_setopt_string(easy, CURLOPT_ACCEPT_ENCODING, "")  // every encoding curl decodes: gzip, deflate…
        ccurl_setopt_slist(easy, CURLOPT_HTTPHEADER, headerList)
        // An empty proxy string turns proxies off, so curl never reads the environment behind our back.
        ccurl_setopt_string(easy, CURLOPT_PROXY, proxy ?? "")
        if let noProxy { ccurl_setopt_string(easy, CURLOPT_NOPROXY, noProxy) }
        ccurl_setopt_long(easy, CURLOPT_NOSIGNAL, 1)
        if let certificateAuthorityFile { ccurl_setopt_string(easy, CURLOPT_CAINFO, certificateAuthorityFile) }
        ccurl_setopt_long(easy, CURLOPT_CONNECTTIMEOUT_MS, min(connectTimeout, totalTimeout).wholeMilliseconds)
        ccurl_setopt_long(easy, CURLOPT_TIMEOUT_MS, totalTimeout.wholeMilliseconds)
        ccurl_setopt_long(easy, CURLOPT_LOW_SPEED_LIMIT, lowSpeedBytesPerSecond)
        ccurl_setopt_long(easy, CURLOPT_LOW_SPEED_TIME, max(1, lowSpeedTime.wholeMilliseconds / 1000))
        ccurl_setopt_off(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(maxBytes))
        ccurl_setopt_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer)
        ccurl_setopt_pointer(easy, CURLOPT_WRITEDATA, sinkPointer)
        ccurl_setopt_write_function(easy, CURLOPT_WRITEFUNCTION) { data, size, count, context in
            Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue().receiveBody(data, size * count)
        }
        ccurl_setopt_pointer(easy, CURLOPT_HEADERDATA, sinkPointer)
        ccurl_setopt_write_function(easy, CURLOPT_HEADERFUNCTION) { data, size, count, context in
            Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue().receiveHeader(data, size * count)
        }
        ccurl_setopt_long(easy, CURLOPT_NOPROGRESS, 0)
        ccurl_setopt_pointer(easy, CURLOPT_XFERINFODATA, sinkPointer)
        ccurl_setopt_xferinfo_function(easy) { context, _, _, _, _ in
            Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue().cancellation?.isCancelled == true ? 1 : 0
        }

        let code = withExtendedLifetime(sink) { drive(easy) }
        if sink.exceeded || code == CURLE_FILESIZE_EXCEEDED { return .failure(.tooLarge) }
        if code == CURLE_ABORTED_BY_CALLBACK || cancellation?.isCancelled == true { return .failure(.cancelled) }
        if code == CURLE_OPERATION_TIMEDOUT { return .failure(.timedOut) }
        guard code == CURLE_OK else {
            let detail = String(cString: errorBuffer)
            return .failure(.failed(detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail))
        }
        var status = 0
        ccurl_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &status)
        return .success(Reply(status: status, headers: sink.headers, body: sink.body))
    }

    /// Runs the transfer through a multi handle polled every 50 ms, so a
    /// cancellation ends even a transfer that receives nothing at all.
    private func drive(_ easy: UnsafeMutableRawPointer) -> CURLcode {
        guard let multi = curl_multi_init() else { return CURLE_OUT_OF_MEMORY }
        defer { curl_multi_cleanup(multi) }
        curl_multi_add_handle(multi, easy)
        defer { curl_multi_remove_handle(multi, easy) }
        var running: Int32 = 1
        while running > 0 {
            if cancellation?.isCancelled == true { return CURLE_ABORTED_BY_CALLBACK }
            let performed = curl_multi_perform(multi, &running)
            guard performed == CURLM_OK else { return CURLE_FAILED_INIT }
            if running > 0 { curl_multi_poll(multi, nil, 0, Self.pollMilliseconds, nil) }
        }
        var left: Int32 = 0
        while let message = curl_multi_info_read(multi, &left) {
            if message.pointee.msg == CURLMSG_DONE { return message.pointee.data.result }
        }
        return CURLE_FAILED_INIT
    }
}

/// libcurl's global setup, once per process before the first transfer.
private let curlInitialized: Void = { curl_global_init(ccurl_global_default()) }()

/// Collects one exchange's headers and body; used only on the fetching thread.
private final class Sink {
    let maxBytes: Int
    let cancellation: FetchCancellation?
    var body: [UInt8] = []
    var headers = HTTPHeaders()
    var exceeded = false

    init(maxBytes: Int, cancellation: FetchCancellation?) {
        self.maxBytes = maxBytes
        self.cancellation = cancellation
    }

    /// Returning less than `count` makes curl stop with a write error: the cap for decoded bytes.
    func receiveBody(_ data: UnsafeMutablePointer<CChar>?, _ count: Int) -> Int {
        guard body.count + count <= maxBytes else {
            exceeded = true
            return 0
        }
        if let data, count > 0 { body.append(contentsOf: UnsafeRawBufferPointer(start: data, count: count)) }
        return count
    }

    /// A status line starts a new response (an interim 100, a proxy's CONNECT reply): keep only the last.
    func receiveHeader(_ data: UnsafeMutablePointer<CChar>?, _ count: Int) -> Int {
        guard let data, count > 0 else { return count }
        let bytes = UnsafeRawBufferPointer(start: data, count: count)
        // Lossless either way: UTF-8 when it is, else each byte as Latin-1.
        let line = String(validating: bytes, as: UTF8.self) ?? String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        if line.hasPrefix("HTTP/") {
            headers = HTTPHeaders()
        } else {
            headers.appendLine(line)
        }
        return count
    }
}
