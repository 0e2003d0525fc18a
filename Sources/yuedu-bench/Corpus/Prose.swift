import YueduModel
import YueduTestSupport
/// Body paragraphs of 80 to 300 characters, built from sentences in the
/// registers of Chinese news: an opener and a clause, a quoted official, a
/// statistic, a policy title, a list joined by 、 and 和.
enum Prose {
    static let paragraphLengths = 80...300

    /// One paragraph; `target` (within the bounds) is where it stops growing.
    static func paragraph(_ theme: ArticleTheme, year: Int, target: Int, _ rng: inout SplitMix64,
                          into p: inout TextBuilder, scratch s: inout TextBuilder) {
        p.removeAll()
        while p.characters < target {
            s.removeAll()
            sentence(&s, theme, year: year, &rng)
            if p.characters + s.characters > paragraphLengths.upperBound {
                if p.characters >= paragraphLengths.lowerBound { return }
                continue
            }
            p.add(s)
        }
    }

    static func sentence(_ s: inout TextBuilder, _ theme: ArticleTheme, year: Int, _ rng: inout SplitMix64) {
        switch rng.below(10) {
        case 0, 1: // 近年来，古蔺县有关部门持续推进城乡教育一体化，……，取得明显成效。
            s.add(rng.pickSkewed(Lexicon.openers)); s.add(Mark.comma)
            s.add(theme.place); s.add(rng.pickSkewed(Lexicon.subjects))
            action(&s, theme, &rng); s.add(Mark.comma)
            action(&s, theme, &rng); s.add(rng.pickSkewed(Lexicon.results)); s.add(Mark.period)
        case 2: // 据统计局介绍，2023年以来，全市累计……个，总量同比增长12.5%。
            s.add("据"); body(&s, theme, &rng); s.add("介绍"); s.add(Mark.comma)
            s.add(number: year - rng.below(2)); s.add("年以来"); s.add(Mark.comma)
            s.add(rng.chance(0.5) ? "全市累计" : "当地累计"); s.add(rng.pickSkewed(Lexicon.verbs))
            s.add(noun(theme, &rng)); s.add(number: rng.within(2...9999)); s.add(rng.pickSkewed(Lexicon.units))
            s.add(Mark.comma); s.add(rng.pickSkewed(Lexicon.metrics)); s.add(rng.pickSkewed(Lexicon.changes))
            s.add(tenths: rng.within(3...450)); s.add(Mark.percent); s.add(Mark.period)
        case 3: // “……，……。”市教育局局长王伟表示。
            s.add(Mark.openQuote); action(&s, theme, &rng); s.add(Mark.comma)
            action(&s, theme, &rng); s.add(Mark.comma); s.add("让"); s.add(rng.pickSkewed(Lexicon.subjects))
            s.add("真正受益"); s.add(Mark.period); s.add(Mark.closeQuote)
            body(&s, theme, &rng); s.add(rng.pickSkewed(Lexicon.roles)); person(&s, &rng); s.add("表示")
            s.add(Mark.period)
        case 4: // 该局制定《……三年行动计划》，明确……、……和……等5项重点任务。
            s.add(rng.chance(0.5) ? "当地制定" : "该市出台"); s.add(Mark.openBook); s.add(theme.place)
            s.add(theme.subject); s.add(rng.chance(0.5) ? "三年" : ""); s.add(rng.pick(Lexicon.policyKinds))
            s.add(Mark.closeBook); s.add(Mark.comma); s.add("明确"); list(&s, theme, &rng)
            s.add("等"); s.add(number: rng.within(3...12)); s.add("项重点任务"); s.add(Mark.period)
        case 5: // 下一步，当地将……；……，……。
            s.add(rng.pickSkewed(Lexicon.openers)); s.add(Mark.comma); s.add("当地将")
            action(&s, theme, &rng); s.add(Mark.semicolon); action(&s, theme, &rng); s.add(Mark.comma)
            s.add("推动"); s.add(theme.subject); s.add(rng.pickSkewed(Lexicon.results)); s.add(Mark.period)
        case 6: // 其中，……5000万元，占比32.5%。
            s.add("其中"); s.add(Mark.comma); s.add(noun(theme, &rng)); s.add(rng.pickSkewed(Lexicon.metrics))
            s.add("达"); s.add(number: rng.within(10...99999)); s.add(rng.pickSkewed(Lexicon.units))
            s.add(Mark.comma); s.add("占比"); s.add(tenths: rng.within(11...899)); s.add(Mark.percent)
            s.add(Mark.period)
        case 7: // 在AI、5G等技术支持下，……
            s.add("在"); s.add(rng.pickSkewed(Lexicon.latin)); s.add(Mark.enumeration)
            s.add(rng.pickSkewed(Lexicon.latin)); s.add("等技术支持下"); s.add(Mark.comma)
            s.add(noun(theme, &rng)); s.add(rng.pickSkewed(Lexicon.results)); s.add(Mark.period)
        case 8: // 围绕“双减”，……聚焦三个方面：……、……、……。
            s.add("围绕"); s.add(Mark.openQuote); s.add(theme.slogan); s.add(Mark.closeQuote)
            s.add(Mark.comma); s.add(rng.pickSkewed(Lexicon.subjects)); s.add("重点关注")
            s.add(Mark.colon); list(&s, theme, &rng); s.add(Mark.period)
        default: // 业内专家认为，……是……的关键。
            s.add(rng.pickSkewed(Lexicon.subjects)); s.add("认为"); s.add(Mark.comma)
            s.add(noun(theme, &rng)); s.add("是"); s.add(theme.subject)
            s.add(rng.pickSkewed(Lexicon.modifiers)); s.add(rng.pickSkewed(Lexicon.goals)); s.add("的关键")
            s.add(Mark.comma); action(&s, theme, &rng); s.add(Mark.period)
        }
    }

    /// 持续推进城乡教育一体化发展
    private static func action(_ s: inout TextBuilder, _ theme: ArticleTheme, _ rng: inout SplitMix64) {
        s.add(rng.pickSkewed(Lexicon.verbs)); s.add(noun(theme, &rng))
        if rng.chance(0.5) { s.add(rng.pickSkewed(Lexicon.modifiers)); s.add(rng.pickSkewed(Lexicon.goals)) }
    }

    /// A topic noun, now and then the article's subject, rarely a rare word.
    private static func noun(_ theme: ArticleTheme, _ rng: inout SplitMix64) -> Word {
        let roll = rng.below(1000)
        if roll < 6 { return rng.pickSkewed(Lexicon.rare) }
        if roll < 100 { return theme.subject }
        return rng.pickSkewed(theme.topic.nouns)
    }

    /// 课后服务、校园安全和教师队伍
    private static func list(_ s: inout TextBuilder, _ theme: ArticleTheme, _ rng: inout SplitMix64) {
        let count = rng.within(2...4)
        for i in 0..<count {
            if i > 0 { s.add(i == count - 1 ? Mark.and : Mark.enumeration) }
            s.add(noun(theme, &rng))
        }
    }

    /// 四川省教育厅 or 古蔺县教育局
    static func body(_ s: inout TextBuilder, _ theme: ArticleTheme, _ rng: inout SplitMix64) {
        if rng.chance(0.3) {
            s.add(theme.province); s.add("省"); s.add(rng.pick(theme.topic.provincialBodies))
        } else {
            s.add(theme.place); s.add(rng.pick(theme.topic.cityBodies))
        }
    }

    /// A fictional name: a surname and one or two given characters.
    static func person(_ s: inout TextBuilder, _ rng: inout SplitMix64) {
        s.add(rng.pickSkewed(Lexicon.surnames)); s.add(rng.pick(Lexicon.givenNames))
        if rng.chance(0.6) { s.add(rng.pick(Lexicon.givenNames)) }
    }
}
