/// About 850 of the most frequent simplified characters, and the traditional
/// forms of those that differ (produced with `opencc -c s2t.json`). Telling
/// GB18030 from Big5 scores how many decoded characters are common ones: the
/// wrong decoding yields rare characters (mojibake).
enum CommonHanzi {
    /// One bit per code point from U+3400 to U+9FFF: a lookup per character
    /// without hashing, since scoring reads every character of a page.
    static func contains(_ value: UInt32) -> Bool {
        guard value >= base, value <= 0x9FFF else { return false }
        let index = Int(value - base)
        return bits[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    private static let base: UInt32 = 0x3400
    private static let bits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: Int(0x9FFF - base) / 64 + 1)
        for scalar in (simplified + traditional).unicodeScalars where scalar.value >= base && scalar.value <= 0x9FFF {
            let index = Int(scalar.value - base)
            bits[index >> 6] |= 1 << UInt64(index & 63)
        }
        return bits
    }()

    private static let simplified = """
的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方
多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情
明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给
世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太
量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象
完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济
车亲极林服快办议往元英士证近失转夫令准布始怎存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请
技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功包片史委乎查轻易早曾除农找装广显阿李标谈吃图念六引历首医局
突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底
站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱
破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适
波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退
既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右
份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼
味野架域沙掉括舰鱼杂误湖钟
"""
    private static let traditional = """
這個們來爲國說時會對於過發後裏種經麼學現當沒動還進樣開從實軍無與長機關點業將兩間問並應戰頭體見產話內給門兒東聲員論處義幾
認條氣題爾別變總電數報結務場計資許統區隊決馬書則聽卻達強難權設記類據邊張該規萬覺術領確傳師觀讓識帶導爭運飛風乾聯組濟車親
極辦議證轉準遠臺單羅愛擊備連調質團價黨華級離況亞請際約覆線斷滿視須寫稱輕農裝廣顯標談喫圖歷醫專費號盡較語僅隨選紅響雖勢參
衆構節維劃敵陳態護興驗責營夠嚴續講終緊黃絕羣項圍織鬥雙紀採舉殺蘇訴細願錢網熱屬臉職樂剛狀獨彈創錯蘭試腦預誰陽繼驚傷藥適衛
險陸習勞財環納歡獲負雲龍樹層衝範異漢簡擔靜積餘檢靈協佔徵揮勝階審堅媽劉讀壓銀買養懷執亂幫歲優鐵稅藝陣腳惡塊頓島託戶評寶釋
顧貨歐換聞壞討麗監臨艦魚雜誤鍾
"""
}
