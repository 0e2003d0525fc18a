/// A news beat: its nouns (things the articles are about) and the bodies that
/// speak for it (the articles' sources).
struct Topic: Sendable {
    let name: String
    let nouns: [Word]
    /// Organisations, suffixed to a province or city name: 教育厅 → 四川省教育厅.
    let provincialBodies: [Word]
    let cityBodies: [Word]
    /// Sites that publish this beat; fictional outlets.
    let sites: [Word]
}

enum Topics {
    static let all: [Topic] = [education, technology, economy, culture, city]

    static let education = Topic(
        name: "education",
        nouns: Word.list("""
            城乡教育 义务教育 学前教育 职业教育 高等教育 教师队伍 课程改革 课后服务 校园安全 智慧校园 \
            集团化办学 教育资源 师资培训 教育信息化 乡村教师 研学实践 劳动教育 心理健康教育 家校共育 \
            招生制度 学位供给 托育服务 校园文化 体育课程 美育工作 科学教育 教学质量 特殊教育 终身学习 \
            产教融合 校企合作 实训基地 教育评价 作业设计 阅读课程 教共体 名校长工作室 教研共同体 \
            助学贷款 营养餐 校车服务 课堂教学 中考改革 高考综合改革 双一流建设 基础教育 民办教育 继续教育
            """),
        provincialBodies: Word.list("教育厅 教育考试院 人力资源和社会保障厅"),
        cityBodies: Word.list("教育局 教体局 实验小学 第一中学 职业技术学院 师范大学"),
        sites: Word.list("青禾教育网 东方教育在线 教育装备资讯网 桃李新闻网"))

    static let technology = Topic(
        name: "technology",
        nouns: Word.list("""
            人工智能 大模型 芯片 数据中心 算力 新能源汽车 自动驾驶 量子计算 工业互联网 云计算 \
            5G基站 智能制造 机器人 数字经济 网络安全 数据要素 卫星互联网 低空经济 生物医药 \
            集成电路 操作系统 开源社区 智能终端 传感器 储能电池 光伏组件 氢能 元宇宙 区块链 \
            智慧农业 无人机 算法 数字孪生 边缘计算 北斗导航 科技成果转化 创新平台 孵化器 \
            专利 研发投入 科创企业 实验室 工业软件 智能网联 超级计算 脑机接口 新材料 软件产业
            """),
        provincialBodies: Word.list("科学技术厅 工业和信息化厅 通信管理局"),
        cityBodies: Word.list("科技局 经信局 大数据局 高新技术产业开发区管委会 人工智能研究院"),
        sites: Word.list("锦城科技在线 星河科技网 极客新闻 数智时报网"))

    static let economy = Topic(
        name: "economy",
        nouns: Word.list("""
            消费市场 外贸 制造业 中小企业 营商环境 民营经济 跨境电商 物流 地方债 就业 \
            居民收入 固定资产投资 招商引资 产业链 供应链 县域经济 夜间经济 农产品 乡村旅游 \
            金融服务 普惠金融 税费优惠 社会消费品零售总额 进出口 专项债 产业园区 龙头企业 \
            个体工商户 直播带货 冷链物流 粮食生产 现代农业 服务业 房地产市场 汽车消费 家电 \
            会展经济 首店经济 楼宇经济 总部经济 港口吞吐量 中欧班列 自贸试验区 数字人民币 普惠小微贷款
            """),
        provincialBodies: Word.list("商务厅 统计局 发展和改革委员会 财政厅 农业农村厅"),
        cityBodies: Word.list("商务局 统计局 发改委 市场监管局 投资促进局 税务局"),
        sites: Word.list("长风财经网 南山资讯 大河经济网 海晏时报网"))

    static let culture = Topic(
        name: "culture",
        nouns: Word.list("""
            非物质文化遗产 博物馆 图书馆 文旅融合 演出市场 传统戏曲 电影票房 阅读推广 文化遗产 \
            历史文化街区 公共文化服务 文创产品 非遗传承人 民俗活动 考古发掘 古籍保护 文物修复 \
            美术馆 音乐节 话剧 数字文化 红色旅游 旅游景区 乡村文化 群众文艺 书法 国潮 \
            文化馆 地方志 传统村落 民宿 夜游 研学游 露营 城市书房 老字号 纪录片 网络文学 \
            文化惠民 文化消费 旅游线路 展览 游客接待量 旅游收入 剧本娱乐 文化产业园
            """),
        provincialBodies: Word.list("文化和旅游厅 文物局 新闻出版局"),
        cityBodies: Word.list("文广旅局 博物馆 图书馆 文化馆 非遗保护中心"),
        sites: Word.list("墨香文化网 华夏文旅网 山水人文网"))

    static let city = Topic(
        name: "city",
        nouns: Word.list("""
            老旧小区改造 地铁线路 公共交通 垃圾分类 城市更新 停车难 社区养老 口袋公园 防汛 \
            背街小巷 城市绿道 供水管网 燃气安全 电动自行车 充电桩 菜市场 便民服务 物业管理 \
            社区食堂 健身步道 交通拥堵 公交专用道 共享单车 雨污分流 海绵城市 河湖治理 空气质量 \
            保障性住房 城中村改造 智慧社区 网格化管理 政务服务 医保服务 社区医院 急救网络 \
            一刻钟便民生活圈 适老化改造 无障碍设施 夜市 城市照明 园林绿化 道路改造 学校周边交通 \
            人才公寓 城市大脑 消防安全
            """),
        provincialBodies: Word.list("住房和城乡建设厅 交通运输厅 生态环境厅 民政厅"),
        cityBodies: Word.list("住建局 城管局 交通运输局 民政局 生态环境局 融媒体中心 日报社"),
        sites: Word.list("云岭城市报 都市快讯网 城事新闻网 邻里资讯"))
}
