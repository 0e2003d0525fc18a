import Foundation
import Testing
@testable import YueduHTML

/// Expectations read off the 30 Chinese news pages in ../shared/corpus/html/news
/// (what a reader sees there: headline, byline line, first and last body paragraph,
/// the 相关 list), not copied from the extractor's output.
@Suite struct NewsPagesTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var file: String
        var title: String
        var published: String?  // ISO 8601 as PublishedDate prints it
        var source: String? = nil
        var editor: String? = nil
        var author: String? = nil
        var first: String
        var last: String
        var absent: [String] = []
        var relatedFirst: String? = nil
        var testDescription: String { file }
    }

    static let pages: [Expectation] = [
        .init(file: "163-1", title: "多地项目连环爆雷 狂奔的龙湖集团\"暗伤\"曝露？", published: "2019-09-07T13:43:45+08:00",
              source: "证券市场红周刊", editor: "杨倩_NF4425", first: "（原标题：多地项目连环爆雷", last: "经过三年狂奔的龙湖",
              absent: ["任正非接受BBC"]),
        .init(file: "163-2", title: "姚明对周琦说了啥？周琦上下半场判若两人", published: "2019-09-07T09:59:22+08:00",
              source: "新京报", editor: "杜硕_NB12556", first: "（原标题：姚明对周琦说了啥", last: "比赛第三节还剩8分多钟"),
        .init(file: "163-3", title: "奖金711万元！\"中国诺贝尔奖\"首位获奖女性啥来头?", published: "2019-09-08T00:20:15+08:00",
              source: "每日经济新闻", editor: "荀建国_NN7379", first: "（原标题：单项奖金100万美元", last: "时至今日，王小云"),
        .init(file: "163-4", title: "华为Mate20X 5G版半天不到需充电 耗电制约5G芯片", published: "2019-09-07T19:53:27+08:00",
              source: "每日经济新闻", editor: "史建磊_NBJ11331", first: "（原标题：5G手机芯片江湖", last: "（应受访者要求，文中张严为化名。）"),
        .init(file: "163-5", title: "女警打百个电话遭停机 评:运营商识别诈骗智商感人", published: "2019-09-07T16:28:35+08:00",
              source: "新京报", editor: "史建磊_NBJ11331", first: "（原标题：民警电话遭停机", last: "近日，四川江油一社区女民警"),
        .init(file: "163-6", title: "男孩因不想上补习班 写\"救命啊\"纸团抛出引来警察", published: "2019-09-09T16:19:28+08:00",
              source: "华龙网", editor: "罗崇纬_NB12082", first: "（原标题：“救命啊SOS”纸团从天而降", last: "了解情况后民警告诉他"),
        .init(file: "163-7", title: "亚马逊海外购“限时快闪店”登陆拼多多", published: "2019-11-25T11:01:53+08:00",
              source: "新京报", editor: "姚立伟_NT6056", first: "（原标题：“黑五”战役打响", last: "编辑 刘晓阳 校对 李铭",
              absent: ["香港特别行政区第六届区议会选举"]),
        .init(file: "163-8", title: "国务院联防联控机制:湖北和武汉要严格管控防输出", published: "2020-02-29T18:34:31+08:00",
              source: "新华社", editor: "李曦_NN2587", first: "（原标题：国务院联防联控机制印发通知", last: "《通知》强调",
              relatedFirst: "张文宏:上海零新增我很担心 这么多人进来怎会是零"),
        .init(file: "163-9", title: "5月20日至31日，京沪高速无锡至江阴大桥至广陵枢纽段封闭！", published: nil,
              first: "下周一，", last: "平安出行，安全到家。"),
        .init(file: "cjddsb-1", title: "常德市金融系统积极开展“金融知识普及月 金融知识进万家”活动", published: "2019-09-23T14:34:05+08:00",
              source: "当代商报", first: "为持续推动金融消费者教育", last: "本次活动主题是进一步贯彻落实"),
        .init(file: "huanqiu-1", title: "补壹刀：别笑！18人的“新八国联军”今天成立了", published: "2020-06-05T20:35+08:00",
              editor: "薛艺磊", first: "执笔/叨叨姐", last: "图片均来自网络"),
        .init(file: "qq-2", title: "棱镜|数据业大整顿：爬虫与现金贷共生共荣，用户信息几元不等", published: "2019-09-23T07:48+08:00",
              editor: "biaoffeng", first: "划重点：", last: "转型之路，道阻且长。"),
        .init(file: "qq-qq", title: "儿歌一分钱被改成一元钱 原作者女儿：改成这样不觉得拗口吗？", published: "2019-09-07T19:02+08:00",
              first: "潘振声女儿马莉表示", last: "扬子晚报记者 张楠"),
        .init(file: "stcn-1", title: "午间公告：天奇股份中标广汽丰田项目；运达股份中标7亿元项目", published: "2019-09-26T12:11+08:00",
              source: "证券时报网", author: "李在山", first: "证券时报e公司讯", last: "", absent: ["您所在的位置", "微信公众号"]),
        .init(file: "thepaper-1", title: "共享充电宝涨价告别1元时代：是“收割韭菜”还是回归理性", published: "2019-09-24T09:10+08:00",
              editor: "张珺", first: "", last: "（原题为《是“收割韭菜”还是“回归理性”》）",
              relatedFirst: "面对美团突袭，市面上的共享充电宝们悄然“涨价”"),
        .init(file: "thepaper-3", title: "新年伊始，习近平的重要文章谈了啥？", published: "2020-01-03T18:13+08:00",
              editor: "柴敏懿", first: "", last: "(本文来自澎湃新闻", absent: ["已输入0字", "关键词 >>", "评论("],
              relatedFirst: "人民日报整版刊文：把新时代改革开放推向前进的根本要求"),
        .init(file: "thepaper-5", title: "柳叶刀：味觉嗅觉丧失是新冠感染最强预测指标，优于发烧咳嗽", published: "2020-06-06T10:08+08:00",
              source: "澎湃新闻", editor: "李跃群", first: "澎湃新闻记者 贺梨萍", last: "(本文来自澎湃新闻",
              absent: ["关键词 >>", "评论(", "感染新冠病毒对人体伤害到底有多大"],
              relatedFirst: "美CDC新增6种新冠症状，含嗅味觉消失"),
        .init(file: "zyyfy-1", title: "【不忘初心 牢记使命】我院医技药剂党支部举办2019年中药、药学理论知识与专业技能大赛",
              published: "2019-10-31T23:00+08:00", source: "本站原创", author: "医技药剂党支部",
              first: "本站讯（职工通讯员 李琴雯 刘会）", last: "医技药剂党支部、药剂科供稿"),
        .init(file: "cmse-1", title: "天宫一号与神舟九号载人交会对接任务第二场新闻发布会", published: nil,
              first: "", last: "上面介绍的是关于这次任务的有关情况", absent: ["版权所有：中国载人航天工程官方网站"]),
        .init(file: "ednchina-1", title: "阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU", published: nil,
              first: "刚刚，在阿里2019云栖大会上", last: "(综合整理自澎湃新闻、智东西、雷锋网等)",
              absent: ["向右滑动：上一篇"], relatedFirst: "淡定看待千亿市值，汇顶加码研发布局物联网"),
        .init(file: "gzggw-1", title: "1-10月德清县固定资产投资结构趋稳趋优", published: "2016-11-22T09:53+08:00",
              first: "1-10月，全县固定资产投资完成246.79亿元", last: "", absent: ["技术支持：浙江省经济信息中心"]),
        .init(file: "mingridapan-1", title: "最新出炉联合国贸发报告：2019年全球经济增长率降至2.3%", published: "2019-09-26T10:09:11+08:00",
              first: "联合国贸发会议发布了《2019年贸易和发展报告》", last: "联合国贸发会议发布了《2019年贸易和发展报告》"),
        .init(file: "shanxi-1", title: "山西品牌丝路行（南美站）正式启动", published: "2019-09-18T06:23+08:00",
              source: "山西日报", first: "", last: "山西品牌丝路行主题为", absent: ["热门搜索"]),
        .init(file: "wechat-1", title: "三星 Galaxy S20 系列手机正式发布", published: nil,
              first: "今天凌晨，三星在美国旧金山举行发布会", last: "经过文刃重新编排", absent: ["微信号"]),
        .init(file: "wechat-2", title: "一日一技：在 Python 中实现延迟调用", published: nil, author: "kingname",
              first: "", last: "", absent: ["微信号", "赞赏功能被关闭"]),
    ]

    @Test(arguments: pages)
    func the_page_gives_its_headline_date_byline_and_body(_ page: Expectation) throws {
        let article = try Corpus.extract("news/\(page.file).html")
        #expect(article.title == page.title)
        if let published = page.published { #expect(article.published?.iso8601 == published) }
        if let source = page.source { #expect(article.source == source) }
        if let editor = page.editor { #expect(article.editor == editor) }
        if let author = page.author { #expect(article.author == author) }
        // An empty expectation means the page opens (or closes) with a figure or a kicker we don't pin.
        if !page.first.isEmpty { #expect(article.paragraphs.first?.hasPrefix(page.first) == true, "first: \(article.paragraphs.first ?? "-")") }
        if !page.last.isEmpty { #expect(article.paragraphs.last?.hasPrefix(page.last) == true, "last: \(article.paragraphs.last ?? "-")") }
        #expect(article.paragraphs.count >= 1)
        let body = article.paragraphs.joined(separator: "\n")
        for furniture in page.absent { #expect(!body.contains(furniture), "\(furniture) in the body") }
        if let relatedFirst = page.relatedFirst {
            #expect(article.related.first?.title == relatedFirst)
            #expect(article.related.count >= 2)
        }
    }

    static let allFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Corpus.root + "/news")) ?? []
        return names.filter { $0.hasSuffix(".html") }.sorted()
    }()

    @Test func the_corpus_holds_the_thirty_pages() { #expect(Self.allFiles.count == 30) }

    /// Furniture that no page's body may contain, whatever the site.
    @Test(arguments: allFiles)
    func no_page_body_carries_copyright_share_or_comment_furniture(_ file: String) throws {
        let article = try Corpus.extract("news/\(file)")
        let body = article.paragraphs.joined(separator: "\n")
        for furniture in ["ICP备", "公网安备", "版权所有", "我要跟帖", "已输入0字", "热点推荐", "分享到", "扫一扫"] {
            #expect(!body.contains(furniture), "\(file): \(furniture)")
        }
        #expect(!article.title.isEmpty || file == "xinhuanet-1.html" || file == "gsc-1.html" || file == "other-1.html", "\(file): no title")
    }
}
