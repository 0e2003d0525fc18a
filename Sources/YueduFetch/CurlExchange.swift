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
        let curl: CurlLibrary
        switch CurlLibrary.shared {
        case .success(let library): curl = library
        case .failure(let missing): return .failure(.failed(missing.description))
        }
        guard let easy = curl.easyInit() else { return .failure(.failed("libcurl could not start a transfer")) }
        defer { curl.easyCleanup(easy) }
        let sink = Sink(maxBytes: maxBytes, cancellation: cancellation)
        let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        defer { errorBuffer.deallocate() }
        var headerList: UnsafeMutablePointer<curl_slist>? = nil
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            // "Name;" is curl's way to send a header with an empty value.
            headerList = curl.slistAppend(headerList, value.isEmpty ? "\(name);" : "\(name): \(value)")
        }
        defer { curl.slistFreeAll(headerList) }

        curl.setString(easy, CURLOPT_URL, url.absoluteString)
        curl.setLong(easy, CURLOPT_HTTPGET, 1)
        curl.setString(easy, CURLOPT_PROTOCOLS_STR, "http,https")
        curl.setString(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        curl.setLong(easy, CURLOPT_FOLLOWLOCATION, 0)
        curl.setString(easy, CURLOPT_USERAGENT, userAgent)
        curl.setString(easy, CURLOPT_ACCEPT_ENCODING, "")  // every encoding curl decodes: gzip, deflate…
        curl.setList(easy, CURLOPT_HTTPHEADER, headerList)
        // An empty proxy string turns proxies off, so curl never reads the environment behind our back.
        curl.setString(easy, CURLOPT_PROXY, proxy ?? "")
        if let noProxy { curl.setString(easy, CURLOPT_NOPROXY, noProxy) }
        curl.setLong(easy, CURLOPT_NOSIGNAL, 1)
        if let certificateAuthorityFile { curl.setString(easy, CURLOPT_CAINFO, certificateAuthorityFile) }
        curl.setLong(easy, CURLOPT_CONNECTTIMEOUT_MS, min(connectTimeout, totalTimeout).wholeMilliseconds)
        curl.setLong(easy, CURLOPT_TIMEOUT_MS, totalTimeout.wholeMilliseconds)
        curl.setLong(easy, CURLOPT_LOW_SPEED_LIMIT, lowSpeedBytesPerSecond)
        curl.setLong(easy, CURLOPT_LOW_SPEED_TIME, max(1, lowSpeedTime.wholeMilliseconds / 1000))
        curl.setOffset(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(maxBytes))
        curl.setPointer(easy, CURLOPT_ERRORBUFFER, errorBuffer)
        curl.setPointer(easy, CURLOPT_WRITEDATA, sinkPointer)
        curl.setWriteFunction(easy, CURLOPT_WRITEFUNCTION) { data, size, count, context in
            Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue().receiveBody(data, size * count)
        }
        curl.setPointer(easy, CURLOPT_HEADERDATA, sinkPointer)
        curl.setWriteFunction(easy, CURLOPT_HEADERFUNCTION) { data, size, count, context in
            Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue().receiveHeader(data, size * count)
        }
        curl.setLong(easy, CURLOPT_NOPROGRESS, 0)
        curl.setPointer(easy, CURLOPT_XFERINFODATA, sinkPointer)
        curl.setProgressFunction(easy) { context, _, _, _, _ in
            Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue().cancellation?.isCancelled == true ? 1 : 0
        }

        let code = withExtendedLifetime(sink) { drive(easy, curl) }
        if sink.exceeded || code == CURLE_FILESIZE_EXCEEDED { return .failure(.tooLarge) }
        if code == CURLE_ABORTED_BY_CALLBACK || cancellation?.isCancelled == true { return .failure(.cancelled) }
        if code == CURLE_OPERATION_TIMEDOUT { return .failure(.timedOut) }
        guard code == CURLE_OK else {
            let detail = String(cString: errorBuffer)
            return .failure(.failed(detail.isEmpty ? (curl.easyStrerror(code).map { String(cString: $0) } ?? "libcurl error \(code.rawValue)") : detail))
        }
        var status = 0
        curl.getLong(easy, CURLINFO_RESPONSE_CODE, &status)
        return .success(Reply(status: status, headers: sink.headers, body: sink.body))
    }

    /// Runs the transfer through a multi handle polled every 50 ms, so a
    /// cancellation ends even a transfer that receives nothing at all; the
    /// thread's own, so its connection is kept for the next (ThreadConnections).
    private func drive(_ easy: UnsafeMutableRawPointer, _ curl: CurlLibrary) -> CURLcode {
        guard let multi = ThreadConnections.multiHandle(curl) else { return CURLE_OUT_OF_MEMORY }
        _ = curl.multiAddHandle(multi, easy)
        defer { _ = curl.multiRemoveHandle(multi, easy) }
        var running: Int32 = 1
        while running > 0 {
            if cancellation?.isCancelled == true { return CURLE_ABORTED_BY_CALLBACK }
            let performed = curl.multiPerform(multi, &running)
            guard performed == CURLM_OK else { return CURLE_FAILED_INIT }
            if running > 0 { _ = curl.multiPoll(multi, nil, 0, Self.pollMilliseconds, nil) }
        }
        var left: Int32 = 0
        while let message = curl.multiInfoRead(multi, &left) {
            if message.pointee.msg == CURLMSG_DONE, message.pointee.easy_handle == easy { return message.pointee.data.result }
        }
        return CURLE_FAILED_INIT
    }
}

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
