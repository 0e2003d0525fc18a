import YueduModel
import YueduTestSupport
/// What one article is about, drawn once so that its title, body and source
/// agree (a story on 古蔺县 education quotes 四川省教育厅, not a tech bureau).
struct ArticleTheme {
    let topic: Topic
    let topicIndex: Int
    let place: Word
    let province: Word
    /// The story's main subject, repeated through the body as real reporting does.
    let subject: Word
    let slogan: Word

    init(_ rng: inout SplitMix64) {
        topicIndex = rng.below(Topics.all.count)
        topic = Topics.all[topicIndex]
        place = rng.pickSkewed(Lexicon.places)
        province = rng.pick(Lexicon.provinces)
        subject = topic.nouns[rng.skewed(topic.nouns.count)]
        slogan = Lexicon.slogans[rng.skewed(Lexicon.slogans.count)]
    }
}

extension SplitMix64 {
    mutating func pick(_ words: [Word]) -> Word { words[below(words.count)] }
    mutating func pickSkewed(_ words: [Word]) -> Word { words[skewed(words.count)] }
}
