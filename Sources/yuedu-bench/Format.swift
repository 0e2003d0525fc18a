/// How the benchmark prints figures.
enum Format {
    static func mebibytes(_ bytes: Int) -> String { fixed(Double(bytes) / 1_048_576, 1) + " MiB" }

    static func seconds(_ s: Double) -> String { s < 1 ? fixed(s * 1000, 1) + " ms" : fixed(s, 2) + " s" }

    static func milliseconds(_ s: Double) -> String { fixed(s * 1000, 1) + " ms" }

    /// Fixed-point without Foundation's String(format:).
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        var text = (value < 0 && scaled != 0 ? "-" : "") + String(whole)
        if decimals > 0 {
            let fraction = String(scaled % Int(scale))
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return text
    }
}
