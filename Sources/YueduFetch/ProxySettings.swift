/// The proxy variables curl itself would read, taken from an environment the
/// caller passes (the process's by default), so a test can set them without
/// touching the environment that every other thread shares.
struct ProxySettings: Sendable, Equatable {
    var http: String?
    var https: String?
    var noProxy: String?

    /// Same rules as curl: lowercase `http_proxy` only (`HTTP_PROXY` can be
    /// set by a CGI request header), either case for the rest; `all_proxy` as fallback.
    init(environment: [String: String]) {
        func value(_ names: String...) -> String? {
            names.lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        }
        let all = value("all_proxy", "ALL_PROXY")
        http = value("http_proxy") ?? all
        https = value("https_proxy", "HTTPS_PROXY") ?? all
        noProxy = value("no_proxy", "NO_PROXY")
    }

    func proxy(forScheme scheme: String) -> String? {
        scheme == "https" ? https : http
    }
}
