// Word lists for the demo-data generator: common Chinese surnames and given-name characters,
// Shanghai's 16 districts with their real 街道 / 镇, Shanghai road names, and one entry per kind of
// business (grouped by complaint category) with brand words, products, typical demands and
// caseworker-style statements of the dispute. Everything is built once, on first use.

#include "demo/demo_vocabulary.h"

// These are data tables: each sentence stays whole on its own line, so clang-format keeps out.
// clang-format off

namespace casedesk::demo {
namespace {

// ---- Districts ---------------------------------------------------------------------------------------
// Weights follow population and commercial activity: Pudong draws the most complaints, Chongming the fewest.

District huangpuDistrict()
{
    return District{QStringLiteral("黄浦区"), QStringLiteral("黄浦"),
                    {
                        QStringLiteral("南京东路街道"), QStringLiteral("外滩街道"), QStringLiteral("半淞园路街道"),
                        QStringLiteral("小东门街道"), QStringLiteral("豫园街道"), QStringLiteral("老西门街道"),
                        QStringLiteral("五里桥街道"), QStringLiteral("打浦桥街道"), QStringLiteral("淮海中路街道"),
                        QStringLiteral("瑞金二路街道")
                    },
                    7};
}

District xuhuiDistrict()
{
    return District{QStringLiteral("徐汇区"), QStringLiteral("徐汇"),
                    {
                        QStringLiteral("天平路街道"), QStringLiteral("湖南路街道"), QStringLiteral("斜土路街道"),
                        QStringLiteral("枫林路街道"), QStringLiteral("长桥街道"), QStringLiteral("田林街道"),
                        QStringLiteral("虹梅路街道"), QStringLiteral("康健新村街道"), QStringLiteral("徐家汇街道"),
                        QStringLiteral("漕河泾街道")
                    },
                    8};
}

District changningDistrict()
{
    return District{QStringLiteral("长宁区"), QStringLiteral("长宁"),
                    {
                        QStringLiteral("华阳路街道"), QStringLiteral("江苏路街道"), QStringLiteral("新华路街道"),
                        QStringLiteral("周家桥街道"), QStringLiteral("天山路街道"), QStringLiteral("仙霞新村街道"),
                        QStringLiteral("虹桥街道"), QStringLiteral("程家桥街道"), QStringLiteral("北新泾街道"),
                        QStringLiteral("新泾镇")
                    },
                    6};
}

District jinganDistrict()
{
    return District{QStringLiteral("静安区"), QStringLiteral("静安"),
                    {
                        QStringLiteral("南京西路街道"), QStringLiteral("静安寺街道"), QStringLiteral("江宁路街道"),
                        QStringLiteral("石门二路街道"), QStringLiteral("曹家渡街道"), QStringLiteral("天目西路街道"),
                        QStringLiteral("北站街道"), QStringLiteral("芷江西路街道"), QStringLiteral("大宁路街道"),
                        QStringLiteral("彭浦新村街道")
                    },
                    8};
}

District putuoDistrict()
{
    return District{QStringLiteral("普陀区"), QStringLiteral("普陀"),
                    {
                        QStringLiteral("曹杨新村街道"), QStringLiteral("长风新村街道"), QStringLiteral("长寿路街道"),
                        QStringLiteral("甘泉路街道"), QStringLiteral("石泉路街道"), QStringLiteral("宜川路街道"),
                        QStringLiteral("万里街道"), QStringLiteral("真如镇街道"), QStringLiteral("长征镇"),
                        QStringLiteral("桃浦镇")
                    },
                    6};
}

District hongkouDistrict()
{
    return District{QStringLiteral("虹口区"), QStringLiteral("虹口"),
                    {
                        QStringLiteral("欧阳路街道"), QStringLiteral("曲阳路街道"), QStringLiteral("广中路街道"),
                        QStringLiteral("嘉兴路街道"), QStringLiteral("凉城新村街道"), QStringLiteral("四川北路街道"),
                        QStringLiteral("北外滩街道"), QStringLiteral("江湾镇街道")
                    },
                    5};
}

District yangpuDistrict()
{
    return District{QStringLiteral("杨浦区"), QStringLiteral("杨浦"),
                    {
                        QStringLiteral("定海路街道"), QStringLiteral("平凉路街道"), QStringLiteral("江浦路街道"),
                        QStringLiteral("四平路街道"), QStringLiteral("控江路街道"), QStringLiteral("长白新村街道"),
                        QStringLiteral("延吉新村街道"), QStringLiteral("殷行街道"), QStringLiteral("五角场街道"),
                        QStringLiteral("新江湾城街道")
                    },
                    7};
}

District minhangDistrict()
{
    return District{QStringLiteral("闵行区"), QStringLiteral("闵行"),
                    {
                        QStringLiteral("江川路街道"), QStringLiteral("古美路街道"), QStringLiteral("新虹街道"),
                        QStringLiteral("浦锦街道"), QStringLiteral("莘庄镇"), QStringLiteral("七宝镇"),
                        QStringLiteral("颛桥镇"), QStringLiteral("梅陇镇"), QStringLiteral("虹桥镇"),
                        QStringLiteral("浦江镇")
                    },
                    11};
}

District baoshanDistrict()
{
    return District{QStringLiteral("宝山区"), QStringLiteral("宝山"),
                    {
                        QStringLiteral("友谊路街道"), QStringLiteral("吴淞街道"), QStringLiteral("张庙街道"),
                        QStringLiteral("大场镇"), QStringLiteral("顾村镇"), QStringLiteral("杨行镇"),
                        QStringLiteral("月浦镇"), QStringLiteral("罗店镇"), QStringLiteral("淞南镇"),
                        QStringLiteral("高境镇")
                    },
                    8};
}

District jiadingDistrict()
{
    return District{QStringLiteral("嘉定区"), QStringLiteral("嘉定"),
                    {
                        QStringLiteral("新成路街道"), QStringLiteral("真新街道"), QStringLiteral("嘉定镇街道"),
                        QStringLiteral("南翔镇"), QStringLiteral("安亭镇"), QStringLiteral("马陆镇"),
                        QStringLiteral("江桥镇"), QStringLiteral("徐行镇"), QStringLiteral("华亭镇"),
                        QStringLiteral("外冈镇")
                    },
                    6};
}

District pudongDistrict()
{
    return District{QStringLiteral("浦东新区"), QStringLiteral("浦东"),
                    {
                        QStringLiteral("陆家嘴街道"), QStringLiteral("潍坊新村街道"), QStringLiteral("塘桥街道"),
                        QStringLiteral("洋泾街道"), QStringLiteral("花木街道"), QStringLiteral("金杨新村街道"),
                        QStringLiteral("周家渡街道"), QStringLiteral("上钢新村街道"), QStringLiteral("张江镇"),
                        QStringLiteral("川沙新镇")
                    },
                    20};
}

District jinshanDistrict()
{
    return District{QStringLiteral("金山区"), QStringLiteral("金山"),
                    {
                        QStringLiteral("石化街道"), QStringLiteral("朱泾镇"), QStringLiteral("枫泾镇"),
                        QStringLiteral("张堰镇"), QStringLiteral("亭林镇"), QStringLiteral("金山卫镇"),
                        QStringLiteral("山阳镇"), QStringLiteral("漕泾镇")
                    },
                    2};
}

District songjiangDistrict()
{
    return District{QStringLiteral("松江区"), QStringLiteral("松江"),
                    {
                        QStringLiteral("岳阳街道"), QStringLiteral("永丰街道"), QStringLiteral("方松街道"),
                        QStringLiteral("中山街道"), QStringLiteral("泗泾镇"), QStringLiteral("九亭镇"),
                        QStringLiteral("洞泾镇"), QStringLiteral("车墩镇"), QStringLiteral("佘山镇"),
                        QStringLiteral("新桥镇")
                    },
                    7};
}

District qingpuDistrict()
{
    return District{QStringLiteral("青浦区"), QStringLiteral("青浦"),
                    {
                        QStringLiteral("夏阳街道"), QStringLiteral("盈浦街道"), QStringLiteral("香花桥街道"),
                        QStringLiteral("徐泾镇"), QStringLiteral("赵巷镇"), QStringLiteral("华新镇"),
                        QStringLiteral("朱家角镇"), QStringLiteral("白鹤镇")
                    },
                    4};
}

District fengxianDistrict()
{
    return District{QStringLiteral("奉贤区"), QStringLiteral("奉贤"),
                    {
                        QStringLiteral("西渡街道"), QStringLiteral("奉浦街道"), QStringLiteral("金海街道"),
                        QStringLiteral("南桥镇"), QStringLiteral("奉城镇"), QStringLiteral("庄行镇"),
                        QStringLiteral("金汇镇"), QStringLiteral("青村镇"), QStringLiteral("柘林镇")
                    },
                    4};
}

District chongmingDistrict()
{
    return District{QStringLiteral("崇明区"), QStringLiteral("崇明"),
                    {
                        QStringLiteral("城桥镇"), QStringLiteral("堡镇"), QStringLiteral("新河镇"),
                        QStringLiteral("庙镇"), QStringLiteral("陈家镇"), QStringLiteral("长兴镇"),
                        QStringLiteral("向化镇"), QStringLiteral("竖新镇")
                    },
                    1};
}

// ---- Business kinds, one helper per complaint category -------------------------------------------
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
QList<BusinessKind> livingServiceKinds()
{
    return {
        // Beauty and hair salons (prepaid)
        BusinessKind{
            QStringLiteral("生活及社会服务"),
            {
                QStringLiteral("丝雅"), QStringLiteral("美颜"), QStringLiteral("名剪"), QStringLiteral("悦容"),
                QStringLiteral("尚美")
            },
            {
                QStringLiteral("美容美发店"), QStringLiteral("美发沙龙"), QStringLiteral("美容会所"),
                QStringLiteral("造型")
            },
            {
                QStringLiteral("美发会员卡"), QStringLiteral("美容疗程卡"), QStringLiteral("烫染套餐"),
                QStringLiteral("面部护理年卡"), QStringLiteral("头皮护理疗程")
            },
            {   // demands
                QStringLiteral("要求退还剩余卡内余额"),
                QStringLiteral("要求退还{amount}元"),
                QStringLiteral("要求按办卡时约定的价格继续提供服务"),
                QStringLiteral("要求赔偿损失"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}办理{product}，充值{amount}元。近日前往消费时发现门店已关闭，门口张贴装修通知，工作人员无法联系。消费者要求退还剩余费用。"),
                QStringLiteral("消费者于{date}在{business}办理{product}，支付{amount}元。此后每次消费时店员均推销升级套餐，消费者不堪其扰要求退卡，商家称赠送金额不退，已消费项目须按原价扣除，剩余余额所剩无几。"),
                QStringLiteral("消费者于{date}在{business}办理{product}，支付{amount}元。使用{months}个月后门店更换经营者，新老板称原会员卡不再有效，需要重新充值。"),
                QStringLiteral("消费者于{date}在{business}做烫染项目，事前店员未告知价格，结束后被要求支付{amount}元，并被诱导办卡抵扣。消费者认为商家存在价格欺诈。"),
            },
            true,
            500,
            20000},
        // Dry cleaners and laundries (prepaid)
        BusinessKind{
            QStringLiteral("生活及社会服务"),
            {QStringLiteral("洁丰"), QStringLiteral("净雅"), QStringLiteral("衣洁"), QStringLiteral("洁尔")},
            {
                QStringLiteral("干洗店"), QStringLiteral("洗衣店"), QStringLiteral("洗衣连锁店"),
                QStringLiteral("洗衣护理中心")
            },
            {
                QStringLiteral("洗衣卡"), QStringLiteral("充值卡"), QStringLiteral("年度洗护套餐"),
                QStringLiteral("会员储值卡")
            },
            {   // demands
                QStringLiteral("要求退还卡内余额"),
                QStringLiteral("要求照价赔偿受损衣物"),
                QStringLiteral("要求赔偿损失"),
                QStringLiteral("要求退还洗涤费用"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}办理{product}，充值{amount}元。近日门店突然停业，电话无人接听，卡内尚有大量余额，另有两件衣物未取回。"),
                QStringLiteral("消费者于{date}将一件羊绒大衣送至{business}干洗，取回时发现衣物严重缩水、变形。商家只同意按洗涤费的十倍赔偿，消费者认为远低于衣物实际价值。"),
                QStringLiteral("消费者于{date}在{business}办理{product}，充值{amount}元。使用{months}个月后门店称经营不善已转让，新店主不承认原有储值卡，消费者要求退还余额。"),
                QStringLiteral("消费者于{date}在{business}送洗羽绒服等衣物，约定一周后取件。到期后门店称衣物丢失，仅愿意按洗涤费赔偿，消费者要求按衣物价值赔偿。"),
            },
            true,
            200,
            3000},
        // Restaurants (stored-value cards)
        BusinessKind{
            QStringLiteral("生活及社会服务"),
            {
                QStringLiteral("粤海"), QStringLiteral("蜀香"), QStringLiteral("江南春"), QStringLiteral("老弄堂"),
                QStringLiteral("福满楼")
            },
            {QStringLiteral("餐厅"), QStringLiteral("酒家"), QStringLiteral("饭店"), QStringLiteral("大酒店")},
            {QStringLiteral("储值卡"), QStringLiteral("充值卡"), QStringLiteral("会员卡"), QStringLiteral("贵宾卡")},
            {   // demands
                QStringLiteral("要求退还卡内余额"),
                QStringLiteral("要求退还订金"),
                QStringLiteral("要求赔偿医疗费用"),
                QStringLiteral("要求按原约定提供服务"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}办理{product}，充值{amount}元，享受八八折优惠。近日该店突然停业，门口张贴转让告示，店员均已离职，消费者要求退还余额。"),
                QStringLiteral("消费者于{date}在{business}预订婚宴，支付订金{amount}元。后因家中变故取消预订，商家以订金不退为由拒绝退还。消费者认为已提前两个月告知，商家并未产生实际损失。"),
                QStringLiteral("消费者于{date}在{business}就餐后出现腹痛、腹泻，同桌多人出现相同症状，就医诊断为急性胃肠炎。消费者要求商家赔偿医疗费用。"),
                QStringLiteral("消费者于{date}在{business}办理{product}，卡内尚有余额。近期商家单方面宣布储值卡仅限工作日使用，且不再享受折扣，消费者要求退卡被拒。"),
            },
            true,
            200,
            20000},
        // Housekeeping agencies
        BusinessKind{
            QStringLiteral("生活及社会服务"),
            {QStringLiteral("好帮手"), QStringLiteral("贴心"), QStringLiteral("安心"), QStringLiteral("如意")},
            {QStringLiteral("家政服务有限公司"), QStringLiteral("家政服务社"), QStringLiteral("家庭服务中心")},
            {QStringLiteral("月嫂"), QStringLiteral("育儿嫂"), QStringLiteral("住家保姆"), QStringLiteral("钟点工")},
            {   // demands
                QStringLiteral("要求退还剩余服务费"),
                QStringLiteral("要求更换服务人员"),
                QStringLiteral("要求赔偿损坏物品"),
                QStringLiteral("要求退还中介费"),
            },
            {   // facts
                QStringLiteral("消费者于{date}与{business}签订{product}服务合同，支付{amount}元。服务人员上岗后专业能力与宣传不符，消费者要求更换，公司拖延至今未予安排。"),
                QStringLiteral("消费者于{date}预约{business}的上门保洁服务，服务过程中服务人员操作不当，损坏家中地板和家具，公司推诿称服务人员并非其员工。"),
                QStringLiteral("消费者于{date}通过{business}聘请{product}，支付中介费及服务费共{amount}元，合同期{months}个月。服务人员做了不到一周即离开，公司拒绝退还中介费。"),
            },
            false,
            200,
            20000},
        // Pet shops and pet grooming (prepaid)
        BusinessKind{
            QStringLiteral("生活及社会服务"),
            {QStringLiteral("萌宠"), QStringLiteral("乐宠"), QStringLiteral("爱宠"), QStringLiteral("宠趣")},
            {QStringLiteral("宠物店"), QStringLiteral("宠物生活馆"), QStringLiteral("宠物美容店")},
            {
                QStringLiteral("宠物洗护卡"), QStringLiteral("宠物寄养服务"), QStringLiteral("宠物美容套餐"),
                QStringLiteral("宠物会员储值卡")
            },
            {   // demands
                QStringLiteral("要求退还卡内余额"),
                QStringLiteral("要求退还购宠款"),
                QStringLiteral("要求承担宠物医疗费用"),
                QStringLiteral("要求赔偿损失"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买宠物犬一只，支付{amount}元。到家三日后宠物出现呕吐、精神萎靡，经宠物医院诊断为犬细小病毒感染，商家称售出后健康问题概不负责。"),
                QStringLiteral("消费者于{date}在{business}办理{product}，充值{amount}元。近日门店突然关门，店内设备已搬空，店主电话关机。"),
                QStringLiteral("消费者于{date}将宠物寄养在{business}，取回时发现宠物受伤，商家否认系寄养期间造成，拒绝承担医疗费用。"),
            },
            true,
            300,
            10000},
    };
}

// 房屋装修及物业
QList<BusinessKind> renovationPropertyKinds()
{
    return {
        // Renovation companies
        BusinessKind{
            QStringLiteral("房屋装修及物业"),
            {QStringLiteral("名匠"), QStringLiteral("匠心"), QStringLiteral("优居"), QStringLiteral("美家")},
            {
                QStringLiteral("装饰工程有限公司"), QStringLiteral("装饰设计工程有限公司"),
                QStringLiteral("建筑装饰有限公司")
            },
            {
                QStringLiteral("全包装修工程"), QStringLiteral("半包装修工程"), QStringLiteral("厨卫翻新工程"),
                QStringLiteral("旧房改造工程")
            },
            {   // demands
                QStringLiteral("要求按合同履行"),
                QStringLiteral("要求返工整改并赔偿损失"),
                QStringLiteral("要求退还已付工程款"),
                QStringLiteral("要求支付逾期违约金"),
            },
            {   // facts
                QStringLiteral("消费者于{date}与{business}签订{product}合同，合同总价{amount}元，约定工期90天。开工后施工进度缓慢，现已超过约定工期仍未完工，工人时有时无。"),
                QStringLiteral("消费者于{date}与{business}签订{product}合同，已支付工程款{amount}元。入住后发现卫生间防水不合格，导致楼下邻居天花板渗水，装修公司拒绝返工。"),
                QStringLiteral("消费者于{date}与{business}签订{product}合同，施工过程中公司多次以材料涨价、增加项目为由要求加价，最终结算价远超合同报价。"),
                QStringLiteral("消费者于{date}与{business}签订{product}合同并支付{amount}元，施工不到一半该公司即人去楼空，工地停工，项目经理失联。"),
            },
            false,
            10000,
            300000},
        // Property management companies
        BusinessKind{
            QStringLiteral("房屋装修及物业"),
            {QStringLiteral("绿洲"), QStringLiteral("锦苑"), QStringLiteral("申安"), QStringLiteral("嘉园")},
            {QStringLiteral("物业管理有限公司"), QStringLiteral("物业服务有限公司")},
            {
                QStringLiteral("物业服务"), QStringLiteral("停车管理服务"), QStringLiteral("电梯维保服务"),
                QStringLiteral("二次供水服务")
            },
            {   // demands
                QStringLiteral("要求物业公司及时维修"),
                QStringLiteral("要求赔偿财产损失"),
                QStringLiteral("要求公示收费标准"),
                QStringLiteral("要求退还多收的费用"),
            },
            {   // facts
                QStringLiteral("消费者反映其居住的小区由{business}提供物业服务。近{months}个月来小区电梯多次故障停运，物业未及时维修，给老人出行造成极大不便。"),
                QStringLiteral("消费者于{date}将车辆停放在{business}管理的小区内，次日发现车身被划，物业称监控损坏无法调取录像，拒绝承担责任。消费者认为物业未尽到安全保障义务。"),
                QStringLiteral("消费者于{date}发现家中天花板渗水，系楼上公共管道破裂所致。多次报修后{business}迟迟不予处理，造成家中装修及家具损坏，损失约{amount}元。"),
                QStringLiteral("消费者反映{business}在未经业主大会同意的情况下上调停车费和物业费，且未公示收费依据。"),
            },
            false,
            200,
            10000},
    };
}

// 旅游
QList<BusinessKind> tourismKinds()
{
    return {
        // Travel agencies
        BusinessKind{
            QStringLiteral("旅游"),
            {
                QStringLiteral("环宇"), QStringLiteral("锦旅"), QStringLiteral("途悦"), QStringLiteral("海天"),
                QStringLiteral("逍遥")
            },
            {QStringLiteral("国际旅行社有限公司"), QStringLiteral("旅行社有限公司"), QStringLiteral("旅行社门市部")},
            {
                QStringLiteral("云南六日跟团游"), QStringLiteral("日本五日游"), QStringLiteral("海南双飞五日游"),
                QStringLiteral("长江邮轮游"), QStringLiteral("欧洲十日游"), QStringLiteral("泰国六日游")
            },
            {   // demands
                QStringLiteral("要求退还团费"),
                QStringLiteral("要求赔偿损失"),
                QStringLiteral("要求退还被强制购物的费用"),
                QStringLiteral("要求按合同约定履行"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}报名{product}，支付团费{amount}元。行程中导游多次带团进入购物店，停留时间远超合同约定，并以言语威胁游客消费。"),
                QStringLiteral("消费者于{date}在{business}报名{product}，支付{amount}元。出发前一周旅行社通知因人数不足取消出团，只退还团费，拒绝承担违约责任。"),
                QStringLiteral("消费者于{date}在{business}报名{product}，支付{amount}元。实际入住酒店标准低于合同约定，部分景点未安排游览。消费者回沪后要求赔偿，旅行社仅同意退还少量差价。"),
                QStringLiteral("消费者于{date}在{business}报名{product}，因家人住院提前三十天申请取消，旅行社要求扣除高额损失费，且无法提供实际损失凭证。"),
            },
            false,
            1000,
            50000},
        // Scenic spots and theme parks
        BusinessKind{
            QStringLiteral("旅游"),
            {QStringLiteral("星海"), QStringLiteral("童梦"), QStringLiteral("水乡"), QStringLiteral("枫林")},
            {QStringLiteral("主题乐园"), QStringLiteral("景区"), QStringLiteral("度假村"), QStringLiteral("游乐园")},
            {
                QStringLiteral("门票"), QStringLiteral("年卡"), QStringLiteral("游乐项目套票"),
                QStringLiteral("亲子套票")
            },
            {   // demands
                QStringLiteral("要求退还门票费用"),
                QStringLiteral("要求赔偿医疗费用"),
                QStringLiteral("要求退还年卡剩余费用"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。入园后发现多数游乐项目停运，园方事先未作任何告知，消费者要求部分退款被拒。"),
                QStringLiteral("消费者于{date}在{business}游玩时，因设施护栏松动摔伤，园方仅同意承担部分医药费。"),
                QStringLiteral("消费者于{date}通过{business}官方渠道购买{product}，因行程变更在入园前一天申请退票，被告知该票种一经售出概不退换。"),
            },
            false,
            100,
            2000},
    };
}

// 文化娱乐体育
QList<BusinessKind> cultureSportsKinds()
{
    return {
        // Gyms (prepaid)
        BusinessKind{
            QStringLiteral("文化娱乐体育"),
            {
                QStringLiteral("悦动"), QStringLiteral("力美"), QStringLiteral("超燃"), QStringLiteral("型动"),
                QStringLiteral("健力")
            },
            {
                QStringLiteral("健身会所"), QStringLiteral("健身中心"), QStringLiteral("健身俱乐部"),
                QStringLiteral("健身工作室")
            },
            {
                QStringLiteral("年卡"), QStringLiteral("两年卡"), QStringLiteral("季卡"), QStringLiteral("私教课20节"),
                QStringLiteral("私教课30节")
            },
            {   // demands
                QStringLiteral("要求退还剩余卡内余额"),
                QStringLiteral("要求退还剩余课时费用"),
                QStringLiteral("要求退还{amount}元"),
                QStringLiteral("要求按合同履行"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}办理{product}，支付{amount}元。近日该店突然闭店，门口张贴装修通知，工作人员无法联系。消费者要求退还剩余费用。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，共支付{amount}元。后因工作调动无法继续使用，申请退还剩余费用，商家以合同约定“概不退款”为由拒绝。消费者认为该条款属于霸王条款。"),
                QStringLiteral("消费者于{date}在{business}办理{product}，支付{amount}元。办卡时销售人员承诺可随时转卡、停卡，后消费者申请转卡时被要求支付高额手续费。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。该店开业不到{months}个月即以“内部整改”为由暂停营业，老板失联，店内器械已被搬走，多名会员在门口聚集维权。"),
                QStringLiteral("消费者于{date}在{business}上完体验课后被销售人员连续推销数小时，在身体疲惫的情况下签订{product}合同并支付{amount}元。次日申请退款遭拒。"),
            },
            true,
            2000,
            12000},
        // Swimming pools (prepaid)
        BusinessKind{
            QStringLiteral("文化娱乐体育"),
            {QStringLiteral("蓝波"), QStringLiteral("海豚"), QStringLiteral("浪花"), QStringLiteral("碧水")},
            {QStringLiteral("游泳馆"), QStringLiteral("游泳健身会所"), QStringLiteral("游泳俱乐部")},
            {
                QStringLiteral("游泳年卡"), QStringLiteral("游泳次卡"), QStringLiteral("儿童游泳培训课程"),
                QStringLiteral("游泳季卡")
            },
            {   // demands
                QStringLiteral("要求退还剩余费用"),
                QStringLiteral("要求延长会员有效期"),
                QStringLiteral("要求退还剩余课时费用"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}办理{product}，支付{amount}元。近期游泳馆以设备检修为由长期闭馆，至今未恢复营业，也未提供延期或退款方案。"),
                QStringLiteral("消费者于{date}在{business}为孩子报名儿童游泳培训课程，支付{amount}元。上课过程中教练频繁更换，教学质量较差，家长申请退还剩余课时费用，商家要求扣除30%手续费。"),
                QStringLiteral("消费者于{date}在{business}办理{product}，支付{amount}元。后发现池水浑浊、有异味，更衣室卫生条件差，与办卡时的宣传不符。"),
            },
            true,
            1000,
            8000},
        // KTV, cinemas and game halls (prepaid)
        BusinessKind{
            QStringLiteral("文化娱乐体育"),
            {QStringLiteral("星光"), QStringLiteral("欢唱"), QStringLiteral("潮玩"), QStringLiteral("乐享")},
            {QStringLiteral("KTV"), QStringLiteral("影城"), QStringLiteral("剧本杀馆"), QStringLiteral("电玩城")},
            {
                QStringLiteral("会员储值卡"), QStringLiteral("充值套餐"), QStringLiteral("会员年卡"),
                QStringLiteral("次卡")
            },
            {   // demands
                QStringLiteral("要求退还卡内余额"),
                QStringLiteral("要求退还多收费用"),
                QStringLiteral("要求赔偿损失"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}办理{product}，充值{amount}元。近日门店停业，公告称“升级改造”，但至今未重新开业，客服电话已停机。"),
                QStringLiteral("消费者于{date}在{business}消费，结账时发现账单中有未消费的项目和服务费，工作人员称系最低消费，消费者认为商家事先未明示。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。商家规定卡内余额有效期一年，过期清零，消费者认为属于不公平格式条款。"),
            },
            true,
            100,
            5000},
    };
}

// 邮政业
QList<BusinessKind> postalKinds()
{
    return {
        // Couriers
        BusinessKind{
            QStringLiteral("邮政业"),
            {QStringLiteral("速达"), QStringLiteral("捷运"), QStringLiteral("顺驰"), QStringLiteral("飞鸿")},
            {
                QStringLiteral("快递有限公司"), QStringLiteral("速运有限公司"), QStringLiteral("快递营业部"),
                QStringLiteral("物流有限公司")
            },
            {
                QStringLiteral("快递包裹"), QStringLiteral("文件快件"), QStringLiteral("大件物品"),
                QStringLiteral("国际快件")
            },
            {   // demands
                QStringLiteral("要求照价赔偿"),
                QStringLiteral("要求按保价金额赔偿"),
                QStringLiteral("要求赔偿损失"),
                QStringLiteral("要求按约定送货上门"),
            },
            {   // facts
                QStringLiteral("消费者于{date}通过{business}寄递{product}，物品价值约{amount}元。物流信息显示已签收，但收件人表示并未收到，快递公司只同意按运费的三倍赔偿。"),
                QStringLiteral("消费者于{date}通过{business}寄递{product}，收件时发现外包装破损、物品损坏，快递员拒绝当场验货。"),
                QStringLiteral("消费者反映{business}的快递员长期未经同意将快件放置于驿站或快递柜，且未电话通知，导致一件生鲜包裹变质。"),
                QStringLiteral("消费者于{date}通过{business}寄递生鲜冷链包裹，对方承诺次日送达，实际运输三天才送到，物品已腐坏变质。"),
            },
            false,
            20,
            5000},
    };
}

// 电信
QList<BusinessKind> telecomKinds()
{
    return {
        // Mobile operator stores
        BusinessKind{
            QStringLiteral("电信"),
            {QStringLiteral("讯联"), QStringLiteral("畅联"), QStringLiteral("信达"), QStringLiteral("通盛")},
            {
                QStringLiteral("通信营业厅"), QStringLiteral("通信合作营业厅"), QStringLiteral("手机卖场"),
                QStringLiteral("通讯器材店")
            },
            {
                QStringLiteral("宽带套餐"), QStringLiteral("5G合约套餐"), QStringLiteral("流量包"),
                QStringLiteral("副卡"), QStringLiteral("融合套餐")
            },
            {   // demands
                QStringLiteral("要求取消未经同意开通的业务并退费"),
                QStringLiteral("要求退还多扣的话费"),
                QStringLiteral("要求解除宽带合约且不收取违约金"),
                QStringLiteral("要求按承诺返还话费"),
            },
            {   // facts
                QStringLiteral("消费者于{date}核对话费账单时发现，其在{business}办理的手机号被开通了视频会员等增值业务，每月自动扣费，累计扣费{amount}元。消费者称从未办理过该业务，要求退费。"),
                QStringLiteral("消费者于{date}在{business}办理{product}，营业员承诺每月返还话费，合约期{months}个月。实际仅返还两个月后即停止，营业厅称系活动调整。"),
                QStringLiteral("消费者于{date}在{business}办理{product}，后因搬家申请退订，营业厅要求支付违约金{amount}元，但办理时营业员并未告知存在违约条款。"),
                QStringLiteral("消费者陪同七十多岁的父亲于{date}在{business}办理业务时，营业员为老人捆绑办理了{product}和一部合约机，老人对此并不知情，每月话费大幅增加。"),
            },
            false,
            50,
            2000},
    };
}

// 互联网
QList<BusinessKind> internetKinds()
{
    return {
        // Shops on e-commerce platforms
        BusinessKind{
            QStringLiteral("互联网"),
            {
                QStringLiteral("优选"), QStringLiteral("好物"), QStringLiteral("乐购"), QStringLiteral("悦享"),
                QStringLiteral("精品汇")
            },
            {
                QStringLiteral("官方旗舰店"), QStringLiteral("专营店"), QStringLiteral("海外专营店"),
                QStringLiteral("网店")
            },
            {
                QStringLiteral("扫地机器人"), QStringLiteral("进口奶粉"), QStringLiteral("护肤品套装"),
                QStringLiteral("空气净化器"), QStringLiteral("蓝牙音箱"), QStringLiteral("家用投影仪")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求退一赔三"),
                QStringLiteral("要求平台介入处理"),
                QStringLiteral("要求商家按原价发货"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在某电商平台的{business}购买{product}，支付{amount}元。收到货后发现与页面描述不符，申请退货后商家拒收退回包裹，平台客服处理进度缓慢。"),
                QStringLiteral("消费者于{date}通过直播间下单购买{business}的{product}，支付{amount}元。主播宣称“全网最低价”，事后发现同款商品在该店铺的日常售价更低。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元，商家页面承诺“假一赔十”。收货后经品牌方鉴定为假货，商家拒绝赔偿并关闭店铺。"),
                QStringLiteral("消费者于{date}在{business}下单{product}后，商家以“库存不足”为由单方面取消订单，随即涨价重新上架。消费者要求按原价发货。"),
            },
            false,
            50,
            10000},
        // Food-delivery restaurants
        BusinessKind{
            QStringLiteral("互联网"),
            {QStringLiteral("一品"), QStringLiteral("好味"), QStringLiteral("香满园"), QStringLiteral("老乡")},
            {QStringLiteral("快餐店"), QStringLiteral("外卖店"), QStringLiteral("简餐"), QStringLiteral("小吃店")},
            {
                QStringLiteral("外卖套餐"), QStringLiteral("麻辣烫"), QStringLiteral("盖浇饭"),
                QStringLiteral("炸鸡套餐"), QStringLiteral("奶茶")
            },
            {   // demands
                QStringLiteral("要求退款并赔偿"),
                QStringLiteral("要求依法十倍赔偿"),
                QStringLiteral("要求平台对商家进行处理"),
                QStringLiteral("要求赔偿医疗费用"),
            },
            {   // facts
                QStringLiteral("消费者于{date}通过外卖平台在{business}点购{product}，食用时发现其中有一只苍蝇。联系商家后对方态度恶劣，只同意退款。"),
                QStringLiteral("消费者于{date}在{business}点外卖，食用后出现腹泻，就医诊断为急性胃肠炎，产生医疗费用数百元。"),
                QStringLiteral("消费者反映{business}在外卖平台展示的店铺照片与实际经营场所不符，实地查看发现系无证经营的家庭作坊。"),
                QStringLiteral("消费者于{date}在{business}下单{product}，超过预计送达时间一个多小时仍未送到，商家和骑手相互推诿，餐品送达时已经凉透。"),
            },
            false,
            15,
            300},
        // Bike-share, ride-hailing and power-bank rental (deposits)
        BusinessKind{
            QStringLiteral("互联网"),
            {QStringLiteral("绿橙"), QStringLiteral("畅骑"), QStringLiteral("易行"), QStringLiteral("速骑")},
            {
                QStringLiteral("出行科技有限公司"), QStringLiteral("网络科技有限公司"),
                QStringLiteral("共享科技有限公司")
            },
            {QStringLiteral("骑行月卡"), QStringLiteral("骑行季卡"), QStringLiteral("出行会员卡")},
            {   // demands
                QStringLiteral("要求退还押金{amount}元"),
                QStringLiteral("要求退还多扣的费用"),
                QStringLiteral("要求取消自动续费并退款"),
                QStringLiteral("要求赔偿损失"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}的App内缴纳押金{amount}元。近期申请退还时App一直显示“退款处理中”，客服电话无法接通，公司疑似已停止运营。"),
                QStringLiteral("消费者于{date}使用{business}的网约车服务，行程结束后被扣费{amount}元，明显高于正常价格，客服称系系统计费异常，但迟迟不予退款。"),
                QStringLiteral("消费者于{date}租借{business}的共享充电宝，已按时归还却仍被持续计费，直至扣满封顶金额。"),
                QStringLiteral("消费者于{date}在{business}的App内购买{product}，系统默认勾选了自动续费，此后每月自动扣款，消费者此前并不知情。"),
            },
            true,
            50,
            500},
        // Online games and membership subscriptions
        BusinessKind{
            QStringLiteral("互联网"),
            {QStringLiteral("星游"), QStringLiteral("乐玩"), QStringLiteral("云端"), QStringLiteral("酷享")},
            {
                QStringLiteral("网络科技有限公司"), QStringLiteral("信息技术有限公司"),
                QStringLiteral("互动娱乐有限公司")
            },
            {
                QStringLiteral("视频会员"), QStringLiteral("网盘会员"), QStringLiteral("音乐会员"),
                QStringLiteral("在线课程会员")
            },
            {   // demands
                QStringLiteral("要求退还未成年人充值款{amount}元"),
                QStringLiteral("要求取消自动续费并退款"),
                QStringLiteral("要求退还{amount}元"),
            },
            {   // facts
                QStringLiteral("消费者反映其12岁的孩子于{date}前后使用家长手机，在{business}运营的游戏中多次充值，累计{amount}元。家长发现后申请退款，公司要求提供大量证明材料后仍拒绝退款。"),
                QStringLiteral("消费者于{date}开通{business}的{product}，首月优惠价仅几元，此后每月自动续费扣款，而取消续费的入口隐蔽，难以找到。"),
                QStringLiteral("消费者于{date}购买{business}的{product}，支付{amount}元。付费后发现大量内容仍需额外付费，与宣传的“会员免费看”不符。"),
            },
            false,
            6,
            5000},
    };
}

// 金融
QList<BusinessKind> financeKinds()
{
    return {
        // Consumer lenders and wealth-management sellers
        BusinessKind{
            QStringLiteral("金融"),
            {QStringLiteral("汇通"), QStringLiteral("金信"), QStringLiteral("鑫融"), QStringLiteral("诚泰")},
            {
                QStringLiteral("金融信息服务有限公司"), QStringLiteral("小额贷款有限公司"),
                QStringLiteral("融资租赁有限公司"), QStringLiteral("资产管理有限公司")
            },
            {
                QStringLiteral("消费分期贷款"), QStringLiteral("小额信用贷款"), QStringLiteral("医美分期贷款"),
                QStringLiteral("教育分期贷款")
            },
            {   // demands
                QStringLiteral("要求退还多收取的服务费"),
                QStringLiteral("要求停止暴力催收"),
                QStringLiteral("要求解除分期合同"),
                QStringLiteral("要求退还本金{amount}元"),
            },
            {   // facts
                QStringLiteral("消费者于{date}通过{business}办理{product}，借款{amount}元，合同未明示年化利率。还款时发现除利息外另有高额“服务费”“担保费”，综合年化利率远超法定上限。"),
                QStringLiteral("消费者反映其在{business}办理的{product}出现逾期后，催收人员频繁拨打其亲友及单位电话，并发送侮辱性短信，严重影响正常生活。"),
                QStringLiteral("消费者于{date}在培训机构报名课程时，被引导通过{business}办理{product}，金额{amount}元。现培训机构已停业，但贷款仍需按月偿还。"),
                QStringLiteral("消费者于{date}经{business}工作人员推荐购买理财产品{amount}元，工作人员称“保本保息”，到期后发现本金出现亏损。"),
            },
            false,
            1000,
            100000},
    };
}

// 保险
QList<BusinessKind> insuranceKinds()
{
    return {
        // Insurers and insurance agents
        BusinessKind{
            QStringLiteral("保险"),
            {
                QStringLiteral("安泰"), QStringLiteral("平和"), QStringLiteral("鼎信"), QStringLiteral("长安"),
                QStringLiteral("康盛")
            },
            {
                QStringLiteral("保险代理有限公司"), QStringLiteral("保险经纪有限公司"),
                QStringLiteral("人寿保险上海分公司"), QStringLiteral("财产保险上海分公司")
            },
            {
                QStringLiteral("重大疾病保险"), QStringLiteral("机动车商业保险"), QStringLiteral("意外伤害保险"),
                QStringLiteral("百万医疗险"), QStringLiteral("分红型年金保险")
            },
            {   // demands
                QStringLiteral("要求按合同理赔"),
                QStringLiteral("要求全额退还保费"),
                QStringLiteral("要求撤销保险合同"),
                QStringLiteral("要求书面说明拒赔理由"),
            },
            {   // facts
                QStringLiteral("消费者于{date}投保{business}的{product}，年缴保费{amount}元。出险后申请理赔，保险公司以投保前存在既往病史、未如实告知为由拒赔，消费者称投保时业务员并未询问相关情况。"),
                QStringLiteral("消费者于{date}在银行办理存款时被推销{business}的{product}，业务员称“和存款一样随时可取”，实际为长期保险产品，消费者退保只能拿回部分现金价值。"),
                QStringLiteral("消费者于{date}通过{business}投保{product}，此后每年自动续保扣款，消费者从未收到过续保提醒。"),
                QStringLiteral("消费者于{date}发生交通事故，向{business}申请理赔，定损金额与实际维修费用差距较大，保险公司迟迟不予结案。"),
            },
            false,
            500,
            50000},
    };
}

// 卫生保健
QList<BusinessKind> healthCareKinds()
{
    return {
        // Cosmetic-medicine clinics
        BusinessKind{
            QStringLiteral("卫生保健"),
            {QStringLiteral("艾美"), QStringLiteral("丽颜"), QStringLiteral("悦颜"), QStringLiteral("名媛")},
            {QStringLiteral("医疗美容门诊部"), QStringLiteral("医疗美容诊所"), QStringLiteral("医疗美容医院")},
            {
                QStringLiteral("玻尿酸注射"), QStringLiteral("双眼皮手术"), QStringLiteral("光子嫩肤疗程"),
                QStringLiteral("热玛吉疗程"), QStringLiteral("水光针疗程")
            },
            {   // demands
                QStringLiteral("要求退还治疗费用"),
                QStringLiteral("要求赔偿后续修复费用"),
                QStringLiteral("要求提供完整病历资料"),
                QStringLiteral("要求赔偿损失"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}接受{product}，支付{amount}元。术后出现红肿、不对称等情况，机构称属正常恢复期反应，拒绝承担责任。"),
                QStringLiteral("消费者于{date}在{business}进行{product}，术前宣传由“主任医师”操作，实际操作人员无法出示执业资格证明。"),
                QStringLiteral("消费者于{date}在{business}做免费皮肤检测后，被工作人员诱导办理{product}，并被引导申请分期贷款支付{amount}元。"),
                QStringLiteral("消费者于{date}在{business}接受{product}，支付{amount}元。实际效果与咨询时展示的案例差距甚远，机构仅同意免费补做一次。"),
            },
            false,
            1000,
            50000},
        // Dental clinics
        BusinessKind{
            QStringLiteral("卫生保健"),
            {QStringLiteral("贝齿"), QStringLiteral("皓齿"), QStringLiteral("仁爱"), QStringLiteral("德馨")},
            {QStringLiteral("口腔门诊部"), QStringLiteral("齿科诊所"), QStringLiteral("口腔医院")},
            {
                QStringLiteral("种植牙"), QStringLiteral("牙齿矫正"), QStringLiteral("烤瓷牙"),
                QStringLiteral("全瓷冠"), QStringLiteral("洗牙套餐")
            },
            {   // demands
                QStringLiteral("要求退还治疗费用"),
                QStringLiteral("要求免费重做"),
                QStringLiteral("要求提供完整病历资料"),
                QStringLiteral("要求赔偿损失"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}进行{product}，费用{amount}元。{months}个月后出现松动、脱落等问题，机构要求重新收费处理。"),
                QStringLiteral("消费者于{date}在{business}进行{product}，治疗前口头报价与最终结算差距较大，机构称使用了进口材料，但无法提供材料证明。"),
                QStringLiteral("消费者于{date}在{business}预付{product}费用{amount}元，治疗进行到一半，诊所突然停业，主治医生联系不上。"),
            },
            false,
            300,
            50000},
        // Wellness, massage and foot-bath parlours (prepaid)
        BusinessKind{
            QStringLiteral("卫生保健"),
            {QStringLiteral("康和"), QStringLiteral("颐养"), QStringLiteral("悠然"), QStringLiteral("足道")},
            {
                QStringLiteral("中医养生馆"), QStringLiteral("足浴店"), QStringLiteral("推拿馆"),
                QStringLiteral("健康管理中心")
            },
            {
                QStringLiteral("推拿理疗卡"), QStringLiteral("艾灸疗程卡"), QStringLiteral("足浴会员卡"),
                QStringLiteral("养生调理套餐")
            },
            {   // demands
                QStringLiteral("要求退还剩余卡内余额"),
                QStringLiteral("要求退还{amount}元"),
                QStringLiteral("要求赔偿医疗费用"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}办理{product}，充值{amount}元。近日前往消费时发现门店已人去楼空，卷帘门上贴着房东催缴租金的通知。"),
                QStringLiteral("消费者（七十余岁）于{date}在{business}免费体验后，被工作人员以“能调理颈椎病、高血压”为由推销{product}，支付{amount}元。家属要求退款，商家称已开始使用，不予退还。"),
                QStringLiteral("消费者于{date}在{business}办理{product}，使用数次后因身体原因不宜继续，要求退卡时商家要求扣除赠送部分及30%手续费。"),
                QStringLiteral("消费者于{date}在{business}接受推拿服务后颈部疼痛加重，经医院诊断为软组织损伤，商家拒绝承担医疗费用。"),
            },
            true,
            500,
            20000},
    };
}

// 教育培训
QList<BusinessKind> educationKinds()
{
    return {
        // Training schools (prepaid)
        BusinessKind{
            QStringLiteral("教育培训"),
            {
                QStringLiteral("优学"), QStringLiteral("金榜"), QStringLiteral("启航"), QStringLiteral("博学"),
                QStringLiteral("智慧树")
            },
            {
                QStringLiteral("教育培训中心"), QStringLiteral("培训学校"), QStringLiteral("教育科技有限公司"),
                QStringLiteral("艺术培训中心")
            },
            {
                QStringLiteral("少儿英语课程"), QStringLiteral("少儿编程课程"), QStringLiteral("钢琴课48课时"),
                QStringLiteral("美术课程"), QStringLiteral("舞蹈课程"), QStringLiteral("数学思维课程")
            },
            {   // demands
                QStringLiteral("要求退还剩余课时费用"),
                QStringLiteral("要求退还{amount}元"),
                QStringLiteral("要求按合同履行"),
                QStringLiteral("要求解除合同并退款"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}为孩子报名{product}，一次性支付{amount}元。上课不到{months}个月，机构突然通知停课，随后校区关闭，负责人失联，多名家长在门口聚集。"),
                QStringLiteral("消费者于{date}在{business}报名{product}，支付{amount}元。因孩子不适应，申请退还剩余课时费用，机构以合同约定“课程一经售出概不退款”为由拒绝。"),
                QStringLiteral("消费者于{date}在{business}报名{product}，支付{amount}元，机构承诺由外籍教师授课。实际上课后发现授课老师频繁更换，且并非外籍教师，与宣传不符。"),
                QStringLiteral("消费者于{date}在{business}报名{product}，共{amount}元，被引导以贷款分期方式支付。现机构经营异常，课程无法继续，贷款仍在每月扣款。"),
            },
            true,
            3000,
            30000},
        // Early-education centres (prepaid)
        BusinessKind{
            QStringLiteral("教育培训"),
            {QStringLiteral("小橡树"), QStringLiteral("童趣"), QStringLiteral("彩虹树"), QStringLiteral("宝贝星")},
            {QStringLiteral("早教中心"), QStringLiteral("亲子成长中心"), QStringLiteral("儿童之家")},
            {
                QStringLiteral("早教课程96课时"), QStringLiteral("感统训练课程"), QStringLiteral("亲子课程年卡"),
                QStringLiteral("托育服务")
            },
            {   // demands
                QStringLiteral("要求退还剩余课时费用"),
                QStringLiteral("要求退还{amount}元"),
                QStringLiteral("要求按合同提供服务"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。近日中心突然停业，家长群被解散，课程顾问电话关机。消费者要求退还剩余费用。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元，合同有效期{months}个月。因搬家申请退费，中心要求扣除赠课费用及违约金，消费者认为扣费过高。"),
                QStringLiteral("消费者于{date}在{business}购买{product}，支付{amount}元。后中心将上课地点迁往较远的新址，且可预约的课程时段极少，消费者认为其单方变更合同。"),
            },
            true,
            5000,
            30000},
        // Driving schools (prepaid)
        BusinessKind{
            QStringLiteral("教育培训"),
            {QStringLiteral("顺心"), QStringLiteral("骏驰"), QStringLiteral("安途"), QStringLiteral("通衢")},
            {QStringLiteral("驾驶员培训有限公司"), QStringLiteral("驾校"), QStringLiteral("机动车驾驶员培训中心")},
            {
                QStringLiteral("C1驾照培训"), QStringLiteral("C2驾照培训"), QStringLiteral("摩托车驾照培训"),
                QStringLiteral("VIP驾照培训班")
            },
            {   // demands
                QStringLiteral("要求退还剩余培训费用"),
                QStringLiteral("要求退还{amount}元"),
                QStringLiteral("要求按承诺安排练车和考试"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}报名{product}，支付{amount}元。报名后长期约不到练车时间，驾校一再以学员太多为由推迟安排。"),
                QStringLiteral("消费者于{date}在{business}报名{product}，支付{amount}元，招生人员承诺“包过”“一人一车”。实际练车时多人共用一车，考试未通过后补考还需另行收费。"),
                QStringLiteral("消费者于{date}在{business}报名{product}，支付{amount}元。后因工作调动申请退学，驾校称培训费一经缴纳概不退还。"),
            },
            true,
            3000,
            12000},
        // Vocational and adult training (prepaid)
        BusinessKind{
            QStringLiteral("教育培训"),
            {QStringLiteral("宏达"), QStringLiteral("博智"), QStringLiteral("卓越"), QStringLiteral("职通")},
            {QStringLiteral("职业技能培训学校"), QStringLiteral("教育咨询有限公司"), QStringLiteral("职业培训中心")},
            {
                QStringLiteral("会计职称培训课程"), QStringLiteral("学历提升课程"),
                QStringLiteral("教师资格证培训课程"), QStringLiteral("育婴师培训课程")
            },
            {   // demands
                QStringLiteral("要求退还剩余培训费用"),
                QStringLiteral("要求退还{amount}元"),
                QStringLiteral("要求按承诺退费"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}报名{product}，支付{amount}元。报名后长期约不到课程，机构一再以学员太多为由推迟安排。"),
                QStringLiteral("消费者于{date}在{business}报名{product}，支付{amount}元，销售承诺“包过”“不过全额退款”。考试未通过后申请退款，机构拒不兑现。"),
                QStringLiteral("消费者于{date}在{business}报名{product}，支付{amount}元。后得知该机构并无相关办学资质，所承诺的证书无法取得。"),
            },
            true,
            3000,
            20000},
    };
}

// 公共设施
QList<BusinessKind> publicFacilityKinds()
{
    return {
        // Car parks and EV charging
        BusinessKind{
            QStringLiteral("公共设施"),
            {QStringLiteral("智泊"), QStringLiteral("易停"), QStringLiteral("快充"), QStringLiteral("星能")},
            {QStringLiteral("停车管理有限公司"), QStringLiteral("智慧停车科技有限公司"), QStringLiteral("停车场")},
            {
                QStringLiteral("临时停车服务"), QStringLiteral("月租车位"), QStringLiteral("充电桩充电服务"),
                QStringLiteral("充电卡")
            },
            {   // demands
                QStringLiteral("要求退还多收的停车费"),
                QStringLiteral("要求退还充电卡余额"),
                QStringLiteral("要求赔偿车辆损失"),
                QStringLiteral("要求公示收费标准"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}停车约两小时，出场时被收取的费用明显高于公示标准，管理人员称系节假日价格，但现场并无任何公示。"),
                QStringLiteral("消费者于{date}在{business}办理{product}，充值{amount}元。近期多个充电桩长期故障无人维修，客服电话无人接听，卡内余额无法使用。"),
                QStringLiteral("消费者于{date}将车停放在{business}，取车时发现车辆被剐蹭，管理方称停车场只收取停车费，不负保管责任。"),
            },
            false,
            10,
            3000},
    };
}

// 销售服务
QList<BusinessKind> salesServiceKinds()
{
    return {
        // Health-talk and door-to-door sellers
        BusinessKind{
            QStringLiteral("销售服务"),
            {QStringLiteral("康乐"), QStringLiteral("福寿"), QStringLiteral("颐年"), QStringLiteral("长青")},
            {
                QStringLiteral("健康科技有限公司"), QStringLiteral("生物科技有限公司"), QStringLiteral("商贸有限公司"),
                QStringLiteral("健康体验馆")
            },
            {
                QStringLiteral("磁疗床垫"), QStringLiteral("保健品"), QStringLiteral("理疗仪"),
                QStringLiteral("净水器"), QStringLiteral("负离子治疗仪")
            },
            {   // demands
                QStringLiteral("要求退货退款"),
                QStringLiteral("要求退还{amount}元"),
                QStringLiteral("要求退一赔三"),
            },
            {   // facts
                QStringLiteral("消费者（七十余岁）于{date}参加{business}组织的免费健康讲座，领取鸡蛋等小礼品后被工作人员劝说购买{product}，支付{amount}元。家属认为商家虚假宣传产品疗效，要求退货。"),
                QStringLiteral("消费者于{date}在{business}体验店连续多日体验{product}，工作人员宣称“可以治疗糖尿病”，消费者花费{amount}元购买后使用未见任何效果。"),
                QStringLiteral("消费者于{date}被{business}工作人员上门推销{product}，对方称系“厂家直销、限时特价”，事后发现价格是市场同类产品的数倍。"),
            },
            false,
            500,
            30000},
        // Appliance repair services
        BusinessKind{
            QStringLiteral("销售服务"),
            {QStringLiteral("快修"), QStringLiteral("安师傅"), QStringLiteral("万家"), QStringLiteral("家电帮")},
            {QStringLiteral("家电维修服务部"), QStringLiteral("维修服务有限公司"), QStringLiteral("家电服务中心")},
            {
                QStringLiteral("空调加氟"), QStringLiteral("洗衣机维修"), QStringLiteral("热水器维修"),
                QStringLiteral("油烟机清洗"), QStringLiteral("冰箱维修")
            },
            {   // demands
                QStringLiteral("要求退还多收的维修费"),
                QStringLiteral("要求免费返修"),
                QStringLiteral("要求赔偿损失"),
                QStringLiteral("要求提供维修清单并交还旧配件"),
            },
            {   // facts
                QStringLiteral("消费者于{date}通过网络搜索到“官方售后”电话预约{product}，上门的是{business}的维修人员。维修后被收取{amount}元，远超正常价格，事后发现该公司并非品牌授权售后。"),
                QStringLiteral("消费者于{date}请{business}上门进行{product}，支付{amount}元。维修后不到一周故障再次出现，维修公司要求重新收费。"),
                QStringLiteral("消费者于{date}请{business}上门维修家电，维修人员称需要更换主板，收费{amount}元，但拒绝交还被更换的旧配件，消费者怀疑并未实际更换。"),
            },
            false,
            50,
            3000},
    };
}

// 其他
QList<BusinessKind> otherKinds()
{
    return {
        // Matchmaking agencies
        BusinessKind{
            QStringLiteral("其他"),
            {QStringLiteral("喜结"), QStringLiteral("良缘"), QStringLiteral("知心"), QStringLiteral("鹊桥")},
            {QStringLiteral("婚姻介绍所"), QStringLiteral("婚恋服务有限公司"), QStringLiteral("文化传播有限公司")},
            {QStringLiteral("婚介会员服务"), QStringLiteral("一对一红娘服务"), QStringLiteral("相亲活动套餐")},
            {   // demands
                QStringLiteral("要求退还服务费{amount}元"),
                QStringLiteral("要求按合同提供服务"),
                QStringLiteral("要求解除合同并退款"),
            },
            {   // facts
                QStringLiteral("消费者于{date}在{business}办理{product}，支付{amount}元，合同承诺{months}个月内安排不少于十次见面。实际仅安排两次，且介绍对象的信息与实际不符。"),
                QStringLiteral("消费者于{date}与{business}签订{product}合同，支付{amount}元。后发现红娘介绍的对象疑似婚介公司安排的“托”，消费者要求退款被拒。"),
                QStringLiteral("消费者于{date}与{business}签订{product}合同，次日即申请解除，公司称服务已经开始，只同意退还一成费用。"),
            },
            false,
            500,
            30000},
        // Letting agents and long-term rental apartments (prepaid rent)
        BusinessKind{
            QStringLiteral("其他"),
            {QStringLiteral("安家"), QStringLiteral("家和"), QStringLiteral("置信"), QStringLiteral("优寓")},
            {
                QStringLiteral("房地产经纪有限公司"), QStringLiteral("住房租赁有限公司"),
                QStringLiteral("公寓管理有限公司")
            },
            {QStringLiteral("长租公寓"), QStringLiteral("合租房间"), QStringLiteral("整租住房")},
            {   // demands
                QStringLiteral("要求退还剩余租金"),
                QStringLiteral("要求退还押金"),
                QStringLiteral("要求退还中介费"),
                QStringLiteral("要求解除合同且不承担违约金"),
            },
            {   // facts
                QStringLiteral("消费者于{date}通过{business}承租{product}，一次性支付一年租金{amount}元。近日房东称未收到公司支付的租金，要求消费者搬离，公司客服已无法联系。"),
                QStringLiteral("消费者于{date}通过{business}租房，支付中介费和押金共计{amount}元。退租时公司以墙面污损等理由扣除全部押金，且拒绝提供费用明细。"),
                QStringLiteral("消费者于{date}通过{business}承租{product}，入住后发现房屋内甲醛气味浓重，要求退租时公司要求支付违约金。"),
            },
            true,
            2000,
            100000},
    };
}

} // namespace

// Roughly in order of frequency; one compound surname at the end.
const QStringList &surnames()
{
    static const QStringList list = {
        QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"), QStringLiteral("陈"),
        QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"), QStringLiteral("吴"), QStringLiteral("周"),
        QStringLiteral("徐"), QStringLiteral("孙"), QStringLiteral("马"), QStringLiteral("朱"), QStringLiteral("胡"),
        QStringLiteral("郭"), QStringLiteral("何"), QStringLiteral("高"), QStringLiteral("林"), QStringLiteral("罗"),
        QStringLiteral("郑"), QStringLiteral("梁"), QStringLiteral("谢"), QStringLiteral("宋"), QStringLiteral("唐"),
        QStringLiteral("许"), QStringLiteral("韩"), QStringLiteral("冯"), QStringLiteral("邓"), QStringLiteral("曹"),
        QStringLiteral("彭"), QStringLiteral("曾"), QStringLiteral("肖"), QStringLiteral("田"), QStringLiteral("董"),
        QStringLiteral("袁"), QStringLiteral("潘"), QStringLiteral("于"), QStringLiteral("蒋"), QStringLiteral("蔡"),
        QStringLiteral("余"), QStringLiteral("杜"), QStringLiteral("叶"), QStringLiteral("程"), QStringLiteral("苏"),
        QStringLiteral("魏"), QStringLiteral("吕"), QStringLiteral("丁"), QStringLiteral("任"), QStringLiteral("沈"),
        QStringLiteral("姚"), QStringLiteral("卢"), QStringLiteral("姜"), QStringLiteral("崔"), QStringLiteral("钟"),
        QStringLiteral("谭"), QStringLiteral("陆"), QStringLiteral("汪"), QStringLiteral("范"), QStringLiteral("金"),
        QStringLiteral("石"), QStringLiteral("廖"), QStringLiteral("贾"), QStringLiteral("夏"), QStringLiteral("韦"),
        QStringLiteral("付"), QStringLiteral("方"), QStringLiteral("白"), QStringLiteral("邹"), QStringLiteral("孟"),
        QStringLiteral("熊"), QStringLiteral("秦"), QStringLiteral("邱"), QStringLiteral("江"), QStringLiteral("尹"),
        QStringLiteral("薛"), QStringLiteral("闫"), QStringLiteral("段"), QStringLiteral("雷"), QStringLiteral("侯"),
        QStringLiteral("龙"), QStringLiteral("史"), QStringLiteral("陶"), QStringLiteral("黎"), QStringLiteral("贺"),
        QStringLiteral("顾"), QStringLiteral("毛"), QStringLiteral("郝"), QStringLiteral("龚"), QStringLiteral("邵"),
        QStringLiteral("万"), QStringLiteral("钱"), QStringLiteral("严"), QStringLiteral("覃"), QStringLiteral("武"),
        QStringLiteral("戴"), QStringLiteral("莫"), QStringLiteral("孔"), QStringLiteral("向"), QStringLiteral("汤"),
        QStringLiteral("常"), QStringLiteral("施"), QStringLiteral("欧阳")
    };
    return list;
}

// Characters common in given names, from older (伟, 芳, 秀) to newer fashions (梓, 涵, 轩).
const QStringList &givenNameChars()
{
    static const QStringList list = {
        QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"), QStringLiteral("静"),
        QStringLiteral("丽"), QStringLiteral("强"), QStringLiteral("磊"), QStringLiteral("军"), QStringLiteral("洋"),
        QStringLiteral("勇"), QStringLiteral("艳"), QStringLiteral("杰"), QStringLiteral("娟"), QStringLiteral("涛"),
        QStringLiteral("明"), QStringLiteral("超"), QStringLiteral("秀"), QStringLiteral("霞"), QStringLiteral("平"),
        QStringLiteral("刚"), QStringLiteral("桂"), QStringLiteral("英"), QStringLiteral("华"), QStringLiteral("玉"),
        QStringLiteral("萍"), QStringLiteral("红"), QStringLiteral("建"), QStringLiteral("文"), QStringLiteral("辉"),
        QStringLiteral("力"), QStringLiteral("斌"), QStringLiteral("飞"), QStringLiteral("鹏"), QStringLiteral("波"),
        QStringLiteral("宁"), QStringLiteral("兰"), QStringLiteral("凤"), QStringLiteral("琴"), QStringLiteral("玲"),
        QStringLiteral("婷"), QStringLiteral("雪"), QStringLiteral("梅"), QStringLiteral("云"), QStringLiteral("莉"),
        QStringLiteral("佳"), QStringLiteral("慧"), QStringLiteral("燕"), QStringLiteral("颖"), QStringLiteral("琳"),
        QStringLiteral("丹"), QStringLiteral("晶"), QStringLiteral("倩"), QStringLiteral("彬"), QStringLiteral("峰"),
        QStringLiteral("林"), QStringLiteral("海"), QStringLiteral("国"), QStringLiteral("志"), QStringLiteral("东"),
        QStringLiteral("俊"), QStringLiteral("荣"), QStringLiteral("新"), QStringLiteral("春"), QStringLiteral("德"),
        QStringLiteral("庆"), QStringLiteral("宏"), QStringLiteral("立"), QStringLiteral("成"), QStringLiteral("良"),
        QStringLiteral("永"), QStringLiteral("健"), QStringLiteral("亮"), QStringLiteral("龙"), QStringLiteral("晓"),
        QStringLiteral("小"), QStringLiteral("雯"), QStringLiteral("蕾"), QStringLiteral("薇"), QStringLiteral("琪"),
        QStringLiteral("璐"), QStringLiteral("嘉"), QStringLiteral("思"), QStringLiteral("雨"), QStringLiteral("诗"),
        QStringLiteral("子"), QStringLiteral("浩"), QStringLiteral("宇"), QStringLiteral("轩"), QStringLiteral("欣"),
        QStringLiteral("怡"), QStringLiteral("梓"), QStringLiteral("涵"), QStringLiteral("晨"), QStringLiteral("博"),
        QStringLiteral("然"), QStringLiteral("睿"), QStringLiteral("泽"), QStringLiteral("一"), QStringLiteral("铭"),
        QStringLiteral("昊"), QStringLiteral("悦"), QStringLiteral("可"), QStringLiteral("依"), QStringLiteral("萱"),
        QStringLiteral("妍"), QStringLiteral("彤"), QStringLiteral("馨"), QStringLiteral("瑶"), QStringLiteral("语"),
        QStringLiteral("若"), QStringLiteral("天"), QStringLiteral("逸"), QStringLiteral("航"), QStringLiteral("宸"),
        QStringLiteral("晗"), QStringLiteral("哲"), QStringLiteral("奕"), QStringLiteral("辰"), QStringLiteral("凯"),
        QStringLiteral("婉"), QStringLiteral("月"), QStringLiteral("阳"), QStringLiteral("鑫"), QStringLiteral("霖"),
        QStringLiteral("帆"), QStringLiteral("雅"), QStringLiteral("昕"), QStringLiteral("琦"), QStringLiteral("洁"),
        QStringLiteral("蓉"), QStringLiteral("娅"), QStringLiteral("婕"), QStringLiteral("露"), QStringLiteral("凡"),
        QStringLiteral("毅"), QStringLiteral("坤"), QStringLiteral("旭"), QStringLiteral("振"), QStringLiteral("家"),
        QStringLiteral("安"), QStringLiteral("乐"), QStringLiteral("清"), QStringLiteral("远"), QStringLiteral("卓"),
        QStringLiteral("珊"), QStringLiteral("诚"), QStringLiteral("佩"), QStringLiteral("蓓"), QStringLiteral("菲")
    };
    return list;
}

// In administrative-code order (310101 黄浦 ... 310151 崇明); demo_parties.cpp relies on this order.
const QList<District> &shanghaiDistricts()
{
    static const QList<District> list = {
        huangpuDistrict(), xuhuiDistrict(), changningDistrict(), jinganDistrict(), putuoDistrict(), hongkouDistrict(),
        yangpuDistrict(), minhangDistrict(), baoshanDistrict(), jiadingDistrict(), pudongDistrict(), jinshanDistrict(),
        songjiangDistrict(), qingpuDistrict(), fengxianDistrict(), chongmingDistrict()
    };
    return list;
}

// Real roads across the city centre and the outer districts.
const QStringList &roadNames()
{
    static const QStringList list = {
        QStringLiteral("南京东路"), QStringLiteral("南京西路"), QStringLiteral("淮海中路"), QStringLiteral("淮海西路"),
        QStringLiteral("延安东路"), QStringLiteral("延安中路"), QStringLiteral("延安西路"), QStringLiteral("西藏中路"),
        QStringLiteral("人民路"), QStringLiteral("河南中路"), QStringLiteral("肇嘉浜路"), QStringLiteral("衡山路"),
        QStringLiteral("天钥桥路"), QStringLiteral("漕溪北路"), QStringLiteral("宜山路"), QStringLiteral("虹梅路"),
        QStringLiteral("钦州路"), QStringLiteral("龙华中路"), QStringLiteral("天山路"), QStringLiteral("虹桥路"),
        QStringLiteral("长宁路"), QStringLiteral("愚园路"), QStringLiteral("定西路"), QStringLiteral("仙霞路"),
        QStringLiteral("古北路"), QStringLiteral("娄山关路"), QStringLiteral("哈密路"), QStringLiteral("武夷路"),
        QStringLiteral("江宁路"), QStringLiteral("共和新路"), QStringLiteral("万航渡路"), QStringLiteral("大宁路"),
        QStringLiteral("曹杨路"), QStringLiteral("武宁路"), QStringLiteral("真北路"), QStringLiteral("大渡河路"),
        QStringLiteral("长寿路"), QStringLiteral("四川北路"), QStringLiteral("西江湾路"), QStringLiteral("大连路"),
        QStringLiteral("曲阳路"), QStringLiteral("四平路"), QStringLiteral("控江路"), QStringLiteral("黄兴路"),
        QStringLiteral("国权路"), QStringLiteral("邯郸路"), QStringLiteral("淞沪路"), QStringLiteral("张杨路"),
        QStringLiteral("世纪大道"), QStringLiteral("浦东南路"), QStringLiteral("东方路"), QStringLiteral("杨高中路"),
        QStringLiteral("锦绣路"), QStringLiteral("川沙路"), QStringLiteral("沪南路"), QStringLiteral("七莘路"),
        QStringLiteral("莘松路"), QStringLiteral("漕宝路"), QStringLiteral("都市路"), QStringLiteral("吴中路"),
        QStringLiteral("友谊路"), QStringLiteral("牡丹江路"), QStringLiteral("沪太路"), QStringLiteral("博乐路"),
        QStringLiteral("城中路"), QStringLiteral("曹安公路"), QStringLiteral("人民北路"), QStringLiteral("中山中路"),
        QStringLiteral("公园路"), QStringLiteral("南奉公路"), QStringLiteral("卫零路"), QStringLiteral("八一路")
    };
    return list;
}

const QList<BusinessKind> &businessKinds()
{
    static const QList<BusinessKind> list = [] {
        QList<BusinessKind> kinds;
        kinds += electronicsKinds();
        kinds += dailyGoodsKinds();
        kinds += clothingKinds();
        kinds += foodKinds();
        kinds += vehicleKinds();
        kinds += housingKinds();
        kinds += jewelleryStationeryKinds();
        kinds += tobaccoDrinksKinds();
        kinds += medicineKinds();
        kinds += farmSuppliesKinds();
        kinds += livingServiceKinds();
        kinds += renovationPropertyKinds();
        kinds += tourismKinds();
        kinds += cultureSportsKinds();
        kinds += postalKinds();
        kinds += telecomKinds();
        kinds += internetKinds();
        kinds += financeKinds();
        kinds += insuranceKinds();
        kinds += healthCareKinds();
        kinds += educationKinds();
        kinds += publicFacilityKinds();
        kinds += salesServiceKinds();
        kinds += otherKinds();
        return kinds;
    }();
    return list;
}

} // namespace casedesk::demo

// clang-format on
