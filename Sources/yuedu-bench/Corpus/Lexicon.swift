import YueduModel
import YueduTestSupport
/// The words the corpus is made of: real Chinese news vocabulary, several
/// hundred entries, ordered roughly from common to rare within each list
/// (`SplitMix64.skewed` favours the front), so search terms range from
/// ubiquitous (发展) to rare.
enum Lexicon {
    static let provinces = Word.list("""
        四川 山东 江苏 浙江 广东 河南 湖北 湖南 福建 安徽 河北 陕西 云南 贵州 江西 辽宁 吉林 黑龙江 \
        山西 甘肃 青海 海南 广西 内蒙古 宁夏 新疆 西藏
        """)

    static let places = Word.list("""
        成都市 杭州市 南京市 广州市 深圳市 武汉市 长沙市 郑州市 济南市 青岛市 合肥市 福州市 厦门市 西安市 \
        昆明市 贵阳市 南昌市 沈阳市 大连市 哈尔滨市 长春市 石家庄市 太原市 兰州市 西宁市 海口市 南宁市 \
        呼和浩特市 银川市 乌鲁木齐市 拉萨市 苏州市 无锡市 宁波市 温州市 佛山市 东莞市 潍坊市 绵阳市 宜宾市 \
        攀枝花市 泸州市 洛阳市 襄阳市 株洲市 泉州市 芜湖市 唐山市 宝鸡市 曲靖市 遵义市 赣州市 鞍山市 \
        古蔺县 安丘市 临朐县 高邮市 昆山市 义乌市 晋江市 慈溪市 仁和区 翠屏区 大丰区 浦东新区 滨海新区 \
        雄安新区 两江新区 天府新区 高新区 经开区 龙岗区 余杭区 江宁区 武侯区 岳麓区 金水区 历下区 鼓楼区 \
        思明区 雁塔区 五华区 南明区 和平区 道里区 朝阳区 海淀区 徐汇区 黄浦区 越秀区 福田区
        """)

    static let municipalities = Word.list("北京 上海 天津 重庆")

    static let verbs = Word.list("""
        推进 实施 加快 深化 完善 优化 构建 打造 推动 提升 加强 落实 探索 开展 启动 建设 培育 引导 \
        支持 鼓励 规范 保障 强化 健全 创新 拓展 整合 统筹 促进 聚焦 围绕 夯实 激活 释放 助推 赋能 \
        破解 补齐 筑牢 擦亮 用好 盘活 织密 深耕 提速 扩容 升级 改造 布局 攻关 对接 联动 共享
        """)

    static let modifiers = Word.list("""
        高质量 一体化 数字化 智能化 绿色 优质均衡 全方位 多层次 系统化 精细化 标准化 规模化 \
        协同 融合 可持续 普惠 特色 现代化 集约化 品牌化 国际化 便民 长效 闭环 全链条 低碳
        """)

    static let goals = Word.list("""
        发展 建设 改革 转型 治理 服务 保障 创新 升级 提质 增效 振兴 突破 共建共享
        """)

    static let openers = Word.list("""
        近年来 今年以来 据悉 与此同时 目前 下一步 截至目前 记者了解到 此外 近日 日前 值得一提的是 \
        从数据来看 业内人士认为 总体来看 在此基础上 具体而言 另据介绍 自去年以来 今年上半年 一季度 \
        截至去年底 在调研中 从实践看
        """)

    static let results = Word.list("""
        取得明显成效 迈出坚实步伐 形成可复制可推广的经验 得到群众普遍认可 走在全省前列 实现稳中有进 \
        呈现良好态势 跑出加速度 打通最后一公里 激发内生动力 补齐短板弱项 提供有力支撑 增强群众获得感 \
        形成工作合力 释放发展活力 筑牢安全底线 拓宽发展空间 实现提档升级
        """)

    static let subjects = Word.list("""
        当地政府 有关部门 相关负责人 专家学者 企业负责人 市民群众 基层干部 社区工作者 业内专家 \
        广大师生 志愿者 一线员工 创业者 研究人员 从业者 消费者 家长 村民 游客 投资者
        """)

    static let roles = Word.list("""
        局长 副局长 主任 副主任 负责人 校长 院长 教授 研究员 董事长 总经理 书记 处长 馆长 总工程师
        """)

    static let surnames = Word.list("""
        王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 \
        彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 \
        石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 \
        万 钱 严 覃 武 戴 莫 孔 向 汤 逯
        """)

    static let givenNames = Word.list("""
        伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 红 栋 晨 宇 浩 凯 婷 雪 \
        欣 颖 博 文 华 鹏 飞 鑫 琳 倩 昊 睿 泽 航 梓 轩 然 悦 蕾 晖 彤 岚 峰 辉 宁 嘉 瑶 璐 薇 莉
        """)

    /// Latin words, digits and mixed forms that Chinese news writes as they are.
    static let latin = Word.list("""
        AI 5G GDP CPI PMI App ChatGPT Wi-Fi STEM IPO VR AR 3D GPU CBD PM2.5 eVTOL 6G IoT SaaS \
        ESG RCEP MCN UGC NFT 4K LED OLED EDA RISC-V iPhone Linux Python
        """)

    static let units = Word.list("个 所 家 名 项 亿元 万元 万人次 公里 平方米 台 套 座 条 场 万吨 千瓦 户")

    static let metrics = Word.list("""
        总量 规模 投资额 交易额 营业收入 覆盖率 参与人数 受益人数 增加值 产值 客流量 出口额 用户数
        """)

    static let changes = Word.list("同比增长 环比增长 同比提高 较上年增加 同比下降 增幅达")

    static let events = Word.list("""
        博览会 论坛 峰会 推介会 招聘会 文化节 创新大赛 成果展 交流会 研讨会 开放日 发布会 马拉松 读书节
        """)

    static let policyKinds = Word.list("""
        实施意见 行动计划 管理办法 工作方案 指导意见 若干措施 实施细则 专项规划
        """)

    static let slogans = Word.list("""
        四大工程 双减 放管服 一网通办 最多跑一次 互联网+ 一老一小 数智化 揭榜挂帅 专精特新 \
        一件事一次办 十五分钟生活圈 三个一批 乡村振兴 以旧换新 人才强市 无废城市 五育并举
        """)

    /// Rare vocabulary: appears in a small share of articles, so the benchmark
    /// has rare search terms with real hits.
    static let rare = Word.list("""
        榫卯 缂丝 皮影戏 龙泉青瓷 蜀绣 宣纸 古琴 昆曲 钧瓷 唐卡 夯土 竹编 扎染 漆器 木版年画 \
        墨斗 藻井 鎏金 錾刻 螺钿
        """)
}
