/// Search latencies in-process over the benchmark library (issue 5): filled
/// in once the store's search lands.
struct SearchFigures {
    static var metrics: [Metric] { [] }
}

struct SearchBench {
    let library: String
    let log: (String) -> Void

    func run() throws -> SearchFigures {
        throw BenchError("the store has no search yet")
    }
}
