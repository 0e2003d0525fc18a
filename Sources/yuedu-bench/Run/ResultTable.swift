/// One table: a row per figure, a column per library size, and the target.
struct ResultTable {
    let sizes: [Int]
    private(set) var rows: [(label: String, values: [String], target: String, millionTarget: String)] = []
    /// A second target column once the table has a million-article column.
    var hasMillion: Bool { sizes.contains(1_000_000) }

    init(sizes: [Int]) { self.sizes = sizes }

    mutating func add(_ label: String, _ values: [String], target: String = "", millionTarget: String = "") {
        rows.append((label, values, target, millionTarget))
    }

    /// Plain ASCII columns (labels and figures are ASCII so widths are counts).
    func render() -> String {
        let header = ["", ] + sizes.map { "N = " + Self.grouped($0) } + ["target at 100k"]
            + (hasMillion ? ["target at 1M"] : [])
        let body = rows.map { [$0.label] + $0.values + [$0.target] + (hasMillion ? [$0.millionTarget] : []) }
        let all = [header] + body
        let widths = (0..<header.count).map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return i == 0 || i > sizes.count ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + body.map(line)).map { String($0.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: "\n")
    }

    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(d)
        }
        return out
    }
}
