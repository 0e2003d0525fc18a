/// A benchmark that cannot go on: what failed, for the command to print.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
