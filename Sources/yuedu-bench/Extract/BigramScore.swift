/// Character-bigram precision, recall and F1 of an extracted body against
/// the expected text: the metric for both extractors, since word counts
/// mean nothing in Chinese. Whitespace is dropped; bigrams are a multiset.
struct BigramScore: Equatable {
    var precision: Double
    var recall: Double
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    init(precision: Double, recall: Double) { self.precision = precision; self.recall = recall }

    init(extracted: String, expected: String) {
        let got = BigramScore.bigrams(extracted), want = BigramScore.bigrams(expected)
        var common = 0
        for (gram, n) in got { common += min(n, want[gram] ?? 0) }
        let gotTotal = got.values.reduce(0, +), wantTotal = want.values.reduce(0, +)
        precision = gotTotal == 0 ? 0 : Double(common) / Double(gotTotal)
        recall = wantTotal == 0 ? 0 : Double(common) / Double(wantTotal)
    }

    static func bigrams(_ text: String) -> [String: Int] {
        let chars = text.filter { !$0.isWhitespace }.map { $0 }
        var counts: [String: Int] = [:]
        guard chars.count >= 2 else { return counts }
        for i in 0..<(chars.count - 1) { counts[String([chars[i], chars[i + 1]]), default: 0] += 1 }
        return counts
    }
}
