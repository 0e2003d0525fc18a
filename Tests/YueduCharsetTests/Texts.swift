/// Article text in each language, long enough to be a paragraph of a page.
enum Texts {
    /// 镕 (U+9555) is in GBK but not GB2312: a page labelled gb2312 has it.
    static let gbk = "国务院总理朱镕基今天在北京会见了来访的代表团。双方就进一步加强经济合作、扩大贸易往来等问题深入交换了意见。"
        + "朱镕基表示，中国愿同各国一道，推动建立公正合理的国际经济新秩序，实现共同发展。"
    static let big5 = "教育部今天宣布，將在三年內投入經費，協助偏遠地區學校建置數位學習環境，讓學生能夠使用平板電腦上課。"
        + "部長表示，這項計畫是為了縮小城鄉差距，讓每一個孩子都有公平的學習機會。"
    /// 嘅咗啲嚟哋 are Hong Kong characters that plain Big5 lacks.
    static let hkscs = "佢哋話今日唔使返工，我哋一齊去飲茶啦。呢間茶樓嘅點心好好食，蝦餃同燒賣都係即叫即蒸嘅。"
        + "食完之後我哋去咗海傍行吓，啲風好舒服，夜晚先返嚟。"
    /// Characters GB18030 can only write in four bytes: CJK Extension A and B, Hangul, emoji.
    static let gb18030FourByte = "古籍中的㐀字很少见。𠮷野家的牛丼很好吃。한국어 문장도 있습니다。😀"
    static let japanese = "東京の桜が満開になりました。今年は例年より早く、多くの人が公園で花見を楽しんでいます。"
        + "気象庁によると、来週には散り始める見込みだということです。"
    static let korean = "서울의 벚꽃이 활짝 피었습니다. 올해는 예년보다 일찍 피어 많은 시민들이 공원에서 꽃구경을 즐기고 있습니다. "
        + "기상청은 다음 주부터 꽃이 지기 시작할 것으로 내다봤습니다."
}
