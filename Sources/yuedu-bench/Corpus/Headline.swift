import YueduModel
import YueduTestSupport
/// News headlines in the shapes Chinese sites use: a place and an action, a
/// colon and a second clause, a quoted slogan, a figure with a percentage, a
/// policy title in 《》, some with Latin words and digits.
enum Headline {
    static let lengths = 15...35

    /// A headline of 15 to 35 characters for `theme`.
    static func make(_ theme: ArticleTheme, year: Int, _ rng: inout SplitMix64) -> TextBuilder {
        while true {
            var t = TextBuilder(capacity: 128)
            shape(&t, theme, year: year, &rng)
            if lengths.contains(t.characters) { return t }
        }
    }

    private static func shape(_ t: inout TextBuilder, _ theme: ArticleTheme, year: Int, _ rng: inout SplitMix64) {
        let noun = { (rng: inout SplitMix64) -> Word in rng.pickSkewed(theme.topic.nouns) }
        switch rng.below(9) {
        case 0: // 四川古蔺县实施“四大工程”助推城乡教育一体化发展
            placeName(&t, theme, &rng)
            t.add(rng.pickSkewed(Lexicon.verbs)); quoted(&t, theme.slogan)
            t.add(rng.pickSkewed(Lexicon.verbs)); t.add(theme.subject)
            t.add(rng.pickSkewed(Lexicon.modifiers)); t.add(rng.pickSkewed(Lexicon.goals))
        case 1: // 山东安丘市：构建教育发展共同体 推进城乡教育高质量均衡发展
            placeName(&t, theme, &rng); t.add(Mark.colon)
            t.add(rng.pickSkewed(Lexicon.verbs)); t.add(theme.subject); t.add(rng.pickSkewed(Lexicon.goals))
            t.add(Mark.space)
            t.add(rng.pickSkewed(Lexicon.verbs)); t.add(noun(&rng)); t.add(rng.pickSkewed(Lexicon.modifiers))
            t.add(rng.pickSkewed(Lexicon.goals))
        case 2: // 杭州市2023年跨境电商交易额同比增长12.5%
            t.add(theme.place); t.add(number: year); t.add("年"); t.add(theme.subject)
            t.add(rng.pickSkewed(Lexicon.metrics)); t.add(rng.pickSkewed(Lexicon.changes))
            t.add(tenths: rng.within(5...389)); t.add(Mark.percent)
        case 3: // 成都市教育局印发《义务教育优质均衡发展实施意见》
            cityBody(&t, theme, &rng); t.add(rng.chance(0.5) ? "印发" : "发布")
            t.add(Mark.openBook); t.add(theme.subject); t.add(rng.pickSkewed(Lexicon.modifiers))
            t.add("发展"); t.add(rng.pick(Lexicon.policyKinds)); t.add(Mark.closeBook)
        case 4: // AI赋能智慧校园：武侯区推进课后服务提质增效
            t.add(rng.pickSkewed(Lexicon.latin)); t.add("赋能"); t.add(theme.subject); t.add(Mark.colon)
            t.add(theme.place); t.add(rng.pickSkewed(Lexicon.verbs)); t.add(noun(&rng))
            t.add(rng.pickSkewed(Lexicon.goals))
        case 5: // 第12届成都市低空经济博览会开幕 326家企业参展
            t.add("第"); t.add(number: rng.within(2...30)); t.add("届")
            t.add(theme.place); t.add(theme.subject); t.add(rng.pickSkewed(Lexicon.events)); t.add("开幕")
            t.add(Mark.space); t.add(number: rng.within(20...900)); t.add("家单位参展")
        case 6: // 南京市36个城市更新项目集中开工 总投资128亿元
            t.add(theme.place); t.add(number: rng.within(3...120)); t.add("个"); t.add(theme.subject)
            t.add(rng.chance(0.5) ? "项目集中开工" : "项目正式投用")
            t.add(Mark.space); t.add("总投资"); t.add(number: rng.within(2...600)); t.add("亿元")
        case 7: // 从“双减”到“五育并举”：一所乡村学校的三年
            var second = rng.pick(Lexicon.slogans)
            while second.bytes == theme.slogan.bytes { second = rng.pick(Lexicon.slogans) }
            t.add("从"); quoted(&t, theme.slogan); t.add("到"); quoted(&t, second); t.add(Mark.colon)
            t.add(theme.place); t.add(theme.subject); t.add("的"); t.add(number: rng.within(3...10))
            t.add("年")
        default: // 记者调查｜城中村改造背后的民生账 (a feature headline)
            t.add(rng.chance(0.5) ? "记者调查｜" : "关注｜"); t.add(theme.place); t.add(theme.subject)
            t.add(rng.chance(0.5) ? "背后的民生账" : "如何破题")
        }
    }

    /// 四川古蔺县, 成都市 or 北京: provinces precede counties and districts.
    private static func placeName(_ t: inout TextBuilder, _ theme: ArticleTheme, _ rng: inout SplitMix64) {
        if rng.chance(0.4) { t.add(theme.province) }
        t.add(theme.place)
    }

    private static func cityBody(_ t: inout TextBuilder, _ theme: ArticleTheme, _ rng: inout SplitMix64) {
        t.add(theme.place); t.add(rng.pick(theme.topic.cityBodies))
    }

    private static func quoted(_ t: inout TextBuilder, _ word: Word) {
        t.add(Mark.openQuote); t.add(word); t.add(Mark.closeQuote)
    }
}
