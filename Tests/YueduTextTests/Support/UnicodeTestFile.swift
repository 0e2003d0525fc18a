import Foundation

/// A line of Unicode's GraphemeBreakTest.txt / LineBreakTest.txt:
/// `÷ 0023 × 0020 ÷ 0023 ÷`, ÷ a boundary, × none.
struct BreakTestCase {
    let line: String
    let scalars: [Unicode.Scalar]
    /// Scalar offsets (> 0) where the test expects a boundary, end included.
    let boundaries: [Int]

    var text: String { String(String.UnicodeScalarView(scalars)) }

    static func load(_ path: String) -> [BreakTestCase]? {
        guard let content = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return content.split(separator: "\n").compactMap { raw in
            let body = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            var scalars: [Unicode.Scalar] = []
            var boundaries: [Int] = []
            for token in body.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                if token == "÷" {
                    if !scalars.isEmpty { boundaries.append(scalars.count) }
                } else if token != "×", let value = UInt32(token, radix: 16), let scalar = Unicode.Scalar(value) {
                    scalars.append(scalar)
                }
            }
            return scalars.isEmpty ? nil : BreakTestCase(line: String(raw), scalars: scalars, boundaries: boundaries)
        }
    }
}
