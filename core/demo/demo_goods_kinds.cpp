// The kinds of goods sellers a complaint names, one helper per goods category (家用电子电器 ...
// 农用生产资料), with brand words, products, typical demands and caseworker-style statements.

#include "demo/demo_business_kinds.h"

// These are data tables: each sentence stays whole on its own line, so clang-format keeps out.
// clang-format off

namespace casedesk::demo {
namespace {

// Fields: category, brands, suffixes, products, demands, facts, prepaid, min / max amount (yuan).

// 家用电子电器
QList<BusinessKind> electronicsKinds()
{
    return {
        // Appliance stores
        BusinessKind{
            QStringLiteral("家用电子电器"),
            {
                QStringLiteral("百汇"), QStringLiteral("鑫泰"), QStringLiteral("惠家"), QStringLiteral("佳宜"),
                QStringLiteral("东方")
            },
            {QStringLiteral("家电商城"), QStringLiteral("电器商场"), QStringLiteral("家电卖场")},
            {
                QStringLiteral("冰箱"), QStringLiteral("变频空调"), QStringLiteral("滚筒洗衣机"),
                QStringLiteral("液晶电视"), QStringLiteral("燃气热水器"), QStringLiteral("吸油烟机"),
                QStringLiteral("洗碗机")
            },
            {   // demands
                QStringLiteral("要求更换新机"),
                QStringLiteral("要求退货退款{amount}元"),
                QStringLiteral("要求免费维修并赔偿损失"),
                QStringLiteral("要求兑现促销时承诺的赠品和延保服务"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}一台，支付{amount}元。使用不到一个月即出现无法正常运行的故障，售后上门检测后仅同意维修。消费者认为属于新机质量问题，要求更换新机，双方协商未果。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元，商家承诺七日内送货安装。现已超过约定时间，商家多次以缺货为由拖延，消费者要求退款遭拒。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元，销售人员承诺赠送延保服务及配套赠品。收货后赠品迟迟未兑现，延保卡也未激活，商家称促销活动已结束。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，安装时发现外包装有拆封痕迹，机身有明显划痕。消费者怀疑购买的是展示机或翻新机，要求退换，商家仅同意给予少量补偿。"),
            },
            false,
            1000,
            20000},
        // Phone and digital shops
        BusinessKind{
            QStringLiteral("家用电子电器"),
            {
                QStringLiteral("极客"), QStringLiteral("优品"), QStringLiteral("讯通"), QStringLiteral("星辰"),
                QStringLiteral("酷玩")
            },
            {
                QStringLiteral("数码专营店"), QStringLiteral("数码广场"), QStringLiteral("数码体验店"),
                QStringLiteral("数码商行")
            },
            {
                QStringLiteral("手机"), QStringLiteral("平板电脑"), QStringLiteral("笔记本电脑"),
                QStringLiteral("智能手表"), QStringLiteral("蓝牙耳机"), QStringLiteral("微单相机")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求更换新机"),
                QStringLiteral("要求商家承担维修费用"),
                QStringLiteral("要求退一赔三"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。使用{months}个月后出现频繁死机、自动重启等问题，送修后商家称系人为损坏，拒绝保修。消费者对此不予认可。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。后经官方售后查询，该机激活日期早于购买日期，且有维修记录，疑为翻新机。消费者认为商家存在欺诈行为，要求退一赔三。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，店员以“原配置不够用”为由推荐加价更换型号，并捆绑销售贴膜、碎屏险等服务，共计{amount}元。消费者事后发现价格明显高于市场价，要求退还捆绑费用，商家拒绝。"),
            },
            false,
            300,
            15000},
    };
}

// 日用商品
QList<BusinessKind> dailyGoodsKinds()
{
    return {
        // Supermarkets
        BusinessKind{
            QStringLiteral("日用商品"),
            {
                QStringLiteral("华联"), QStringLiteral("美佳"), QStringLiteral("百润"), QStringLiteral("惠民"),
                QStringLiteral("家乐惠")
            },
            {QStringLiteral("超市"), QStringLiteral("生活超市"), QStringLiteral("便利店"), QStringLiteral("购物中心")},
            {
                QStringLiteral("洗衣液"), QStringLiteral("卫生纸"), QStringLiteral("保温杯"),
                QStringLiteral("电动牙刷"), QStringLiteral("床上四件套"), QStringLiteral("不粘锅")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求按标价结算并退还差价"),
                QStringLiteral("要求赔偿损失"),
                QStringLiteral("要求退还购物卡余额"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}等商品，共计支付{amount}元。回家核对小票时发现多件商品结算价格高于货架标价。消费者返回门店交涉，工作人员称系价签未及时更新，仅同意退还差价。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。使用后发现商品存在明显质量问题，要求退货时商家以商品已拆封为由拒绝。"),
                QStringLiteral("消费者于{date}在{business}办理会员购物卡，充值{amount}元。近日门店贴出停业公告，称月底关闭，卡内余额只能限期在本店使用。消费者认为商家单方变更约定，要求退还余额。"),
            },
            false,
            20,
            2000},
        // Furniture and home goods
        BusinessKind{
            QStringLiteral("日用商品"),
            {
                QStringLiteral("宜居"), QStringLiteral("美宅"), QStringLiteral("木森"), QStringLiteral("尚品"),
                QStringLiteral("安居")
            },
            {
                QStringLiteral("家居馆"), QStringLiteral("家具城"), QStringLiteral("家居用品店"),
                QStringLiteral("家具有限公司")
            },
            {
                QStringLiteral("布艺沙发"), QStringLiteral("乳胶床垫"), QStringLiteral("定制衣柜"),
                QStringLiteral("实木餐桌"), QStringLiteral("儿童床"), QStringLiteral("真皮床")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求更换同款合格产品"),
                QStringLiteral("要求按合同约定时间送货安装"),
                QStringLiteral("要求赔偿误工损失"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}订购{product}，支付{amount}元，约定一个月内送货。送货后发现颜色、尺寸与样品不符，商家称定制产品不退不换。消费者要求按合同约定处理。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。使用{months}个月后出现开裂、异味等问题，消费者怀疑甲醛超标，要求商家送检并退货，商家拒绝。"),
                QStringLiteral("消费者于{date}在{business}订购{product}，已付定金及部分货款共计{amount}元。约定交货日期过后商家一再拖延，近期门店已无人营业，负责人电话无人接听。"),
            },
            false,
            500,
            30000},
        // Cosmetics shops
        BusinessKind{
            QStringLiteral("日用商品"),
            {QStringLiteral("美妍"), QStringLiteral("花颜"), QStringLiteral("雅颂"), QStringLiteral("肌源")},
            {QStringLiteral("化妆品店"), QStringLiteral("美妆集合店"), QStringLiteral("化妆品专营店")},
            {
                QStringLiteral("面霜"), QStringLiteral("精华液"), QStringLiteral("护肤品套装"), QStringLiteral("口红"),
                QStringLiteral("防晒霜"), QStringLiteral("眼霜")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求赔偿医疗费用"),
                QStringLiteral("要求商家提供产品合格证明"),
                QStringLiteral("要求退一赔三"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。使用后面部出现红肿、瘙痒，就医诊断为接触性皮炎。消费者要求商家承担医疗费用并退款，商家称系个人体质问题，不予处理。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。收货后发现产品无中文标签，生产日期无法辨认，消费者怀疑为假货，要求退款并赔偿。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，店员称系“专柜正品、限时折扣”。消费者事后比对发现批号与品牌官方信息不符，商家无法提供进货凭证。"),
            },
            false,
            100,
            3000},
    };
}

// 服装鞋帽
QList<BusinessKind> clothingKinds()
{
    return {
        // Clothing stores
        BusinessKind{
            QStringLiteral("服装鞋帽"),
            {
                QStringLiteral("锦绣"), QStringLiteral("雅致"), QStringLiteral("简尚"), QStringLiteral("曼姿"),
                QStringLiteral("朗格")
            },
            {
                QStringLiteral("服饰店"), QStringLiteral("时装店"), QStringLiteral("服装店"),
                QStringLiteral("服饰专卖店")
            },
            {
                QStringLiteral("羽绒服"), QStringLiteral("羊绒大衣"), QStringLiteral("连衣裙"),
                QStringLiteral("西装套装"), QStringLiteral("真丝衬衫"), QStringLiteral("皮衣")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求更换同款商品"),
                QStringLiteral("要求赔偿损失"),
                QStringLiteral("要求商家对成分标注不符作出赔偿"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。穿着不到一周即出现起球、掉色现象，要求退货时商家称已穿着过，只能换货。消费者认为属于质量问题。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。消费者自行送检，结果显示实际面料成分与吊牌标示严重不符，认为商家虚假标注。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元，当时店员口头承诺七天内可无理由退换。消费者次日前往退货，店员以特价商品为由拒绝，小票上亦无相关说明。"),
            },
            false,
            100,
            3000},
        // Shoe shops
        BusinessKind{
            QStringLiteral("服装鞋帽"),
            {QStringLiteral("步乐"), QStringLiteral("足尚"), QStringLiteral("跃步"), QStringLiteral("驰翔")},
            {QStringLiteral("鞋店"), QStringLiteral("鞋业专卖店"), QStringLiteral("鞋城")},
            {
                QStringLiteral("运动鞋"), QStringLiteral("真皮皮鞋"), QStringLiteral("跑步鞋"),
                QStringLiteral("女士短靴"), QStringLiteral("登山鞋")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求免费维修或更换"),
                QStringLiteral("要求退还{amount}元"),
                QStringLiteral("要求退一赔三"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。正常穿着约{months}个月后鞋底开胶断裂，商家称已过三包期，只同意有偿维修。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。穿着数日后鞋面褶皱处开裂，商家认为系穿着不当所致。消费者要求送第三方检测，商家不予配合。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元，商家宣称为品牌正品，后经品牌方鉴定为仿冒产品。消费者要求退一赔三，商家拒不承认。"),
            },
            false,
            150,
            2000},
        // Online clothing shops
        BusinessKind{
            QStringLiteral("服装鞋帽"),
            {
                QStringLiteral("潮衣"), QStringLiteral("简物"), QStringLiteral("木槿"), QStringLiteral("初见"),
                QStringLiteral("棉麻")
            },
            {
                QStringLiteral("旗舰店"), QStringLiteral("服饰旗舰店"), QStringLiteral("官方旗舰店"),
                QStringLiteral("服饰网店")
            },
            {
                QStringLiteral("羽绒服"), QStringLiteral("毛呢外套"), QStringLiteral("牛仔裤"), QStringLiteral("卫衣"),
                QStringLiteral("冲锋衣"), QStringLiteral("汉服")
            },
            {   // demands
                QStringLiteral("要求七天无理由退货"),
                QStringLiteral("要求退货退款并承担退货运费"),
                QStringLiteral("要求补发正确商品"),
                QStringLiteral("要求退还{amount}元"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}网购{product}，支付{amount}元。收货后发现商品与页面图片差异较大，申请七天无理由退货被商家拒绝，理由是已剪吊牌。消费者称仅试穿，未实际穿着。"),
                QStringLiteral("消费者于{date}通过网购平台在{business}购买{product}，支付{amount}元。商家页面标注“优质面料、不起球”，实际收到的商品做工粗糙，穿着一次即严重起球。"),
                QStringLiteral("消费者于{date}在{business}下单购买{product}，支付{amount}元。商家迟迟不发货，客服称系预售商品需延期，消费者申请退款后商家长期不予处理。"),
            },
            false,
            100,
            2000},
    };
}

// 食品
QList<BusinessKind> foodKinds()
{
    return {
        // Bakeries (stored-value cards, pick-up vouchers)
        BusinessKind{
            QStringLiteral("食品"),
            {
                QStringLiteral("麦香"), QStringLiteral("甜心"), QStringLiteral("金麦"), QStringLiteral("可颂"),
                QStringLiteral("麦田")
            },
            {QStringLiteral("烘焙坊"), QStringLiteral("面包房"), QStringLiteral("蛋糕店"), QStringLiteral("西饼屋")},
            {
                QStringLiteral("储值卡"), QStringLiteral("蛋糕提货券"), QStringLiteral("月饼提货券"),
                QStringLiteral("面包充值卡"), QStringLiteral("会员卡")
            },
            {   // demands
                QStringLiteral("要求退还卡内余额"),
                QStringLiteral("要求按提货券兑付商品"),
                QStringLiteral("要求退还{amount}元"),
                QStringLiteral("要求赔偿损失"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}办理{product}，充值{amount}元。近日前往消费时发现门店已关闭，门上贴有“内部装修、暂停营业”告示，拨打客服电话无人接听。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，共计{amount}元。持券到店提货时被告知该门店已停止兑付，需到指定门店提货，而指定门店亦无货可提。"),
                QStringLiteral("消费者于{date}在{business}订购生日蛋糕一个，食用时发现蛋糕内有头发状异物。消费者当即联系门店，门店仅同意重新制作，消费者要求退款并赔偿。"),
                QStringLiteral("消费者于{date}在{business}办理{product}，卡内尚有余额。近期消费时店员告知旧卡已停用，须补差价升级为新会员卡方可继续使用，消费者要求退卡遭拒。"),
            },
            true,
            100,
            3000},
        // Food stores
        BusinessKind{
            QStringLiteral("食品"),
            {QStringLiteral("鲜丰"), QStringLiteral("味香园"), QStringLiteral("五谷坊"), QStringLiteral("鲜品汇")},
            {
                QStringLiteral("食品店"), QStringLiteral("食品商行"), QStringLiteral("生鲜超市"),
                QStringLiteral("副食品商店")
            },
            {
                QStringLiteral("散装坚果"), QStringLiteral("进口牛奶"), QStringLiteral("冷冻牛排"),
                QStringLiteral("卤味熟食"), QStringLiteral("海鲜礼盒"), QStringLiteral("进口水果")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求依法十倍赔偿"),
                QStringLiteral("要求赔偿医疗费用"),
                QStringLiteral("要求按约定兑付商品"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。回家后发现商品已超过保质期，要求退款并依法赔偿，商家只同意退货。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，食用后出现腹泻、呕吐症状，当晚前往医院就诊。消费者认为系食品变质所致，要求商家赔偿医疗费用。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，发现包装上无生产日期和生产厂家信息，也无中文标签。消费者认为商家销售不符合食品安全标准的食品。"),
                QStringLiteral("消费者于{date}在{business}购买大闸蟹提货券，价值{amount}元。按约定时间预约提货时，商家称货源紧张一再推迟，后客服电话无人接听。"),
            },
            false,
            30,
            3000},
    };
}

// 交通工具
QList<BusinessKind> vehicleKinds()
{
    return {
        // Car dealers (4S)
        BusinessKind{
            QStringLiteral("交通工具"),
            {
                QStringLiteral("申骏"), QStringLiteral("沪顺"), QStringLiteral("锦程"), QStringLiteral("瑞丰"),
                QStringLiteral("恒通")
            },
            {QStringLiteral("汽车销售服务有限公司"), QStringLiteral("汽车销售有限公司"), QStringLiteral("汽车4S店")},
            {
                QStringLiteral("新能源轿车"), QStringLiteral("燃油SUV"), QStringLiteral("混动SUV"),
                QStringLiteral("紧凑型轿车"), QStringLiteral("商务MPV")
            },
            {   // demands
                QStringLiteral("要求退车并退还购车款"),
                QStringLiteral("要求更换同型号新车"),
                QStringLiteral("要求退还加收的服务费"),
                QStringLiteral("要求按合同履行"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}一辆，车价{amount}元。提车后不到一周，仪表盘多次出现故障报警，返厂检修后问题仍未解决。消费者要求换车，4S店只同意继续维修。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，车价{amount}元。提车时被要求另付“金融服务费”和“上牌服务费”，否则不予交车。消费者认为属于强制收费。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元，店方承诺为全新车。后经查询维修记录，发现车辆在交付前曾做过钣金喷漆，4S店未如实告知。"),
                QStringLiteral("消费者于{date}与{business}签订{product}购车合同，车价{amount}元，并支付了定金。店方迟迟不交车，后称车型涨价，要求消费者加价提车。消费者要求按合同履行。"),
            },
            false,
            50000,
            300000},
        // E-bike shops
        BusinessKind{
            QStringLiteral("交通工具"),
            {QStringLiteral("畅行"), QStringLiteral("速风"), QStringLiteral("绿驰"), QStringLiteral("驰骋")},
            {QStringLiteral("电动车行"), QStringLiteral("电动车专卖店"), QStringLiteral("车业商行")},
            {
                QStringLiteral("电动自行车"), QStringLiteral("新国标电动车"), QStringLiteral("电动轻便摩托车"),
                QStringLiteral("电动滑板车")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求免费更换电池"),
                QStringLiteral("要求按三包规定维修"),
                QStringLiteral("要求赔偿损失"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。使用{months}个月后电池续航明显缩短，充满电仅能骑行数公里，商家称电池属于消耗品，不在保修范围内。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。商家承诺可以上牌，实际车辆不符合新国标，无法办理牌照，消费者要求退车。"),
                QStringLiteral("消费者于{date}在{business}以旧换新，购买{product}，支付{amount}元。事后发现随车电池为翻新电池，容量与标称不符。"),
            },
            false,
            300,
            5000},
    };
}

// 房屋及建材
QList<BusinessKind> housingKinds()
{
    return {
        // Building materials
        BusinessKind{
            QStringLiteral("房屋及建材"),
            {QStringLiteral("鑫源"), QStringLiteral("建邦"), QStringLiteral("筑家"), QStringLiteral("恒美")},
            {QStringLiteral("建材商行"), QStringLiteral("建材有限公司"), QStringLiteral("家居建材馆")},
            {
                QStringLiteral("瓷砖"), QStringLiteral("实木地板"), QStringLiteral("断桥铝门窗"),
                QStringLiteral("卫浴套装"), QStringLiteral("整体橱柜")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求更换合格产品并承担重新安装费用"),
                QStringLiteral("要求按合同约定时间安装"),
                QStringLiteral("要求赔偿损失"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}订购{product}，支付{amount}元。铺设安装后发现存在色差、空鼓等问题，商家推诿称系施工问题，与产品无关。"),
                QStringLiteral("消费者于{date}在{business}订购{product}，已付款{amount}元，合同约定30日内安装完毕。现已逾期两个多月，商家一再拖延，影响整体装修进度。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元，商家宣称为知名品牌。送货后发现包装及标识与宣传不一致，疑为贴牌产品。"),
            },
            false,
            1000,
            50000},
        // Property developers
        BusinessKind{
            QStringLiteral("房屋及建材"),
            {QStringLiteral("锦澜"), QStringLiteral("滨江"), QStringLiteral("申城"), QStringLiteral("汇景")},
            {QStringLiteral("置业有限公司"), QStringLiteral("房地产开发有限公司")},
            {
                QStringLiteral("商品房"), QStringLiteral("精装修住房"), QStringLiteral("高层住宅"),
                QStringLiteral("酒店式公寓")
            },
            {   // demands
                QStringLiteral("要求按合同约定交房并支付逾期违约金"),
                QStringLiteral("要求修复房屋质量问题"),
                QStringLiteral("要求兑现宣传承诺"),
                QStringLiteral("要求赔偿损失"),
            },
            {   // facts
                QStringLiteral("消费者于{date}与{business}签订商品房买卖合同，购买{product}，房款{amount}元。交房时发现墙面开裂、卫生间渗水，开发商维修多次仍未解决。"),
                QStringLiteral("消费者于{date}购买{business}开发的{product}，合同约定的交付时间已过{months}个月，开发商仍未交房，也未按约支付逾期违约金。"),
                QStringLiteral("消费者于{date}购买{business}开发的{product}，售楼处宣传小区配套学校和商业中心。交房后发现相关规划已经变更，消费者认为开发商虚假宣传。"),
            },
            false,
            300000,
            6000000},
    };
}

// 首饰及文体用品
QList<BusinessKind> jewelleryStationeryKinds()
{
    return {
        // Jewellers
        BusinessKind{
            QStringLiteral("首饰及文体用品"),
            {QStringLiteral("金福"), QStringLiteral("宝源"), QStringLiteral("瑞祥"), QStringLiteral("金玉")},
            {
                QStringLiteral("珠宝店"), QStringLiteral("黄金珠宝专柜"), QStringLiteral("银楼"),
                QStringLiteral("珠宝首饰行")
            },
            {
                QStringLiteral("黄金手镯"), QStringLiteral("钻石戒指"), QStringLiteral("翡翠吊坠"),
                QStringLiteral("铂金项链"), QStringLiteral("足金吊坠")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求退还多收的工费"),
                QStringLiteral("要求出具权威鉴定证书"),
                QStringLiteral("要求退一赔三"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。事后送至具有资质的检测机构鉴定，结果与商家出具的证书不符，消费者认为商家以次充好。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，结账时才被告知需另收高额工费，且克价高于当日标示金价。消费者要求退货，商家称已开票不予退换。"),
                QStringLiteral("消费者于{date}参加一日游时被导游带至{business}购物，购买{product}，支付{amount}元。回家后经鉴定，其价值远低于购买价格。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，佩戴{months}个月后出现断裂、褪色，商家称属人为损坏，只同意收费维修。"),
            },
            false,
            1000,
            50000},
        // Musical instrument shops
        BusinessKind{
            QStringLiteral("首饰及文体用品"),
            {QStringLiteral("雅韵"), QStringLiteral("乐音"), QStringLiteral("琴韵"), QStringLiteral("和声")},
            {QStringLiteral("琴行"), QStringLiteral("乐器行"), QStringLiteral("乐器有限公司")},
            {
                QStringLiteral("立式钢琴"), QStringLiteral("电钢琴"), QStringLiteral("民谣吉他"),
                QStringLiteral("古筝"), QStringLiteral("小提琴")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求更换新品"),
                QStringLiteral("要求免费维修"),
                QStringLiteral("要求退还{amount}元"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元，商家承诺为全新产品。到货后发现琴身有明显使用痕迹，疑为二手琴翻新。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。使用{months}个月后出现音准不稳、部件松动等问题，商家以超过保修期为由拒绝免费维修，消费者认为属于质量问题。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，付款后商家迟迟不发货，称厂家缺货。消费者要求退款，商家要求扣除20%违约金。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，商家承诺赠送一年课程。此后琴行以老师离职为由停课，消费者要求兑现赠课或折价补偿，商家不予理睬。"),
            },
            false,
            500,
            30000},
        // Sports goods and stationery shops
        BusinessKind{
            QStringLiteral("首饰及文体用品"),
            {QStringLiteral("动力"), QStringLiteral("文华"), QStringLiteral("冠军"), QStringLiteral("飞跃")},
            {QStringLiteral("体育用品商店"), QStringLiteral("文体用品店"), QStringLiteral("运动器材商行")},
            {
                QStringLiteral("羽毛球拍"), QStringLiteral("家用跑步机"), QStringLiteral("动感单车"),
                QStringLiteral("儿童书包"), QStringLiteral("篮球"), QStringLiteral("护眼台灯")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求更换新品"),
                QStringLiteral("要求免费维修"),
                QStringLiteral("要求退一赔三"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。使用{months}个月后出现故障，商家以超过保修期为由拒绝免费维修，消费者认为属于质量问题。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元，商家宣称为品牌正品。后经品牌方鉴定为仿冒产品，消费者要求退一赔三，商家拒绝。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。送货后发现型号与订购时不符，商家称已安装不能退换。"),
            },
            false,
            50,
            8000},
    };
}

// 烟酒和饮料
QList<BusinessKind> tobaccoDrinksKinds()
{
    return {
        // Liquor, tea and beverage shops
        BusinessKind{
            QStringLiteral("烟酒和饮料"),
            {QStringLiteral("醇品"), QStringLiteral("佳酿"), QStringLiteral("御品"), QStringLiteral("金樽")},
            {
                QStringLiteral("烟酒商行"), QStringLiteral("名酒专卖店"), QStringLiteral("酒业有限公司"),
                QStringLiteral("烟酒店")
            },
            {
                QStringLiteral("白酒礼盒"), QStringLiteral("进口红酒"), QStringLiteral("黄酒礼盒"),
                QStringLiteral("茶叶礼盒"), QStringLiteral("整箱啤酒"), QStringLiteral("果汁饮料")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求退一赔三"),
                QStringLiteral("要求依法十倍赔偿"),
                QStringLiteral("要求商家提供进货凭证"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。饮用时发现口感异常，经品牌方鉴定为假冒产品，消费者要求商家依法赔偿。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。回家后发现部分商品已过保质期，标签有涂改痕迹。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。商家宣称为原装进口，但包装上无中文背标，也无法提供报关单和检验检疫证明。"),
            },
            false,
            100,
            10000},
    };
}

// 医药及医疗用品
QList<BusinessKind> medicineKinds()
{
    return {
        // Pharmacies and medical devices
        BusinessKind{
            QStringLiteral("医药及医疗用品"),
            {QStringLiteral("康宁"), QStringLiteral("济民"), QStringLiteral("百草"), QStringLiteral("仁心")},
            {QStringLiteral("大药房"), QStringLiteral("药房"), QStringLiteral("医疗器械商行")},
            {
                QStringLiteral("电子血压计"), QStringLiteral("血糖仪"), QStringLiteral("助听器"),
                QStringLiteral("家用制氧机"), QStringLiteral("颈椎按摩仪")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求退还{amount}元"),
                QStringLiteral("要求赔偿损失"),
                QStringLiteral("要求更换合格产品"),
            },
            {   // facts
                QStringLiteral("消费者（七十余岁）于{date}在{business}被店员推销保健品，店员称可以治疗高血压等慢性病，消费者支付{amount}元。家属发现后认为商家夸大宣传，要求退款，商家称已拆封不能退。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。使用不久即出现故障，无法正常使用，商家以医疗器械属特殊商品为由拒绝退换。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，发现外包装批号模糊，也查不到医疗器械注册证号，怀疑来源不正规，要求商家出示进货凭证遭拒。"),
            },
            false,
            50,
            10000},
    };
}

// 农用生产资料
QList<BusinessKind> farmSuppliesKinds()
{
    return {
        // Seed, fertiliser and farm machinery dealers
        BusinessKind{
            QStringLiteral("农用生产资料"),
            {QStringLiteral("丰收"), QStringLiteral("绿野"), QStringLiteral("金穗"), QStringLiteral("沃土")},
            {
                QStringLiteral("农资经营部"), QStringLiteral("农资店"), QStringLiteral("农资商店"),
                QStringLiteral("农业科技有限公司")
            },
            {
                QStringLiteral("水稻种子"), QStringLiteral("复合肥"), QStringLiteral("杀虫剂"),
                QStringLiteral("西瓜苗"), QStringLiteral("柑橘苗"), QStringLiteral("小型旋耕机")
            },
            {   // demands
                QStringLiteral("要求赔偿减产损失"),
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求组织田间现场鉴定"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。播种后出苗率明显偏低，与商家宣传严重不符，造成较大损失。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，按说明书使用后作物出现叶片枯黄，大面积减产，消费者怀疑产品存在质量问题。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，包装上无登记证号，商家无法提供产品检验合格证明。"),
            },
            false,
            100,
            20000},
    };
}

// 生活及社会服务
} // namespace

QList<BusinessKind> goodsKinds()
{
    return electronicsKinds() + dailyGoodsKinds() + clothingKinds() + foodKinds() + vehicleKinds() + housingKinds() +
           jewelleryStationeryKinds() + tobaccoDrinksKinds() + medicineKinds() + farmSuppliesKinds();
}

} // namespace casedesk::demo

// clang-format on
