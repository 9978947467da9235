#include "demo/demo_liaison_names.h"

// clang-format off
namespace casedesk::demo {
namespace {

// Residents' committees are named after old villages, lanes and estates.
const QStringList kCommunityRoots = {
    QStringLiteral("姚家角"), QStringLiteral("陶家宅"), QStringLiteral("飞乐"), QStringLiteral("大西"),
    QStringLiteral("长新"), QStringLiteral("秀水"), QStringLiteral("锦屏"), QStringLiteral("金谷"),
    QStringLiteral("幸福"), QStringLiteral("虹仙"), QStringLiteral("遵义"), QStringLiteral("茅台"),
    QStringLiteral("虹古"), QStringLiteral("荣华"), QStringLiteral("安顺"), QStringLiteral("平塘"),
    QStringLiteral("番禺"), QStringLiteral("法华"), QStringLiteral("新光"), QStringLiteral("曹家堰"),
    QStringLiteral("武夷"), QStringLiteral("安化"), QStringLiteral("延西"), QStringLiteral("天原"),
    QStringLiteral("云雾山"), QStringLiteral("哈密"), QStringLiteral("水城"), QStringLiteral("剑河"),
    QStringLiteral("青溪"), QStringLiteral("春天"), QStringLiteral("绿园"), QStringLiteral("金平"),
    QStringLiteral("程桥"), QStringLiteral("新泾"), QStringLiteral("紫云"), QStringLiteral("宣化"),
};
const QStringList kCommunitySuffixes = {
    QString(), QStringLiteral("一村"), QStringLiteral("二村"), QStringLiteral("三村"), QStringLiteral("新村"),
    QStringLiteral("第一"), QStringLiteral("第二"), QStringLiteral("花园"), QStringLiteral("小区"),
};
const QStringList kSupermarkets = {
    QStringLiteral("联华超市"), QStringLiteral("华联超市"), QStringLiteral("世纪联华"), QStringLiteral("家乐福"),
    QStringLiteral("大润发"), QStringLiteral("盒马鲜生"), QStringLiteral("永辉超市"), QStringLiteral("易买得"),
    QStringLiteral("好德便利"), QStringLiteral("快客便利"), QStringLiteral("乐购"), QStringLiteral("百佳超市"),
};
const QStringList kMallWords = {
    QStringLiteral("百联西郊"), QStringLiteral("虹桥南丰"), QStringLiteral("天山"), QStringLiteral("缤谷"),
    QStringLiteral("金虹桥"), QStringLiteral("尚嘉"), QStringLiteral("龙之梦"), QStringLiteral("古北"),
    QStringLiteral("中山"), QStringLiteral("虹桥天地"), QStringLiteral("新华"), QStringLiteral("汇金"),
};
const QStringList kMallSuffixes = {
    QStringLiteral("购物中心"), QStringLiteral("广场"), QStringLiteral("百货"), QStringLiteral("商厦"),
};
const QStringList kEnterpriseWords = {
    QStringLiteral("申通"), QStringLiteral("沪上"), QStringLiteral("华诚"), QStringLiteral("宏达"),
    QStringLiteral("安信"), QStringLiteral("东方"), QStringLiteral("鑫隆"), QStringLiteral("恒通"),
    QStringLiteral("佳美"), QStringLiteral("永盛"), QStringLiteral("锦江"), QStringLiteral("新长宁"),
};
const QStringList kEnterpriseKinds = {
    QStringLiteral("家用电器"), QStringLiteral("汽车销售服务"), QStringLiteral("通信器材"), QStringLiteral("物业管理"),
    QStringLiteral("家具"), QStringLiteral("电动自行车"), QStringLiteral("餐饮管理"), QStringLiteral("眼镜"),
};
const QStringList kScenicSpots = {
    QStringLiteral("中山公园"), QStringLiteral("天山公园"), QStringLiteral("新虹桥中心花园"), QStringLiteral("上海动物园"),
    QStringLiteral("虹桥体育公园"), QStringLiteral("外环林带生态园"), QStringLiteral("苏州河步道"), QStringLiteral("愚园路历史风貌区"),
};
const QStringList kPlatformWords = {
    QStringLiteral("优鲜"), QStringLiteral("惠选"), QStringLiteral("乐购"), QStringLiteral("邻里"),
    QStringLiteral("快送"), QStringLiteral("好物"),
};
const QStringList kBuildingWords = {
    QStringLiteral("虹桥"), QStringLiteral("长宁"), QStringLiteral("金钟"), QStringLiteral("临空"),
    QStringLiteral("汇银"), QStringLiteral("宝地"), QStringLiteral("协泰"), QStringLiteral("兆丰"),
};
const QStringList kParks = {
    QStringLiteral("临空经济示范区"), QStringLiteral("虹桥智谷"), QStringLiteral("长宁软件园"), QStringLiteral("新泾产业园"),
    QStringLiteral("中山公园创意园"), QStringLiteral("数字文化产业园"),
};
const QStringList kOthers = {
    QStringLiteral("社区事务受理服务中心"), QStringLiteral("老年活动中心"), QStringLiteral("社区文化活动中心"),
    QStringLiteral("党群服务中心"), QStringLiteral("汽车维修行业协会"), QStringLiteral("美容美发行业协会"),
};

QString number(Dice &dice, int below) { return QString::number(1 + dice.below(below)); }

} // namespace

QString roadOf(Dice &dice, const QString &street, const District &district)
{
    const qsizetype road = street.indexOf(QStringLiteral("路"));
    if (road > 0)
        return street.left(road + 1);
    // A town or a street without a road in its name: a road of another street of the district.
    QStringList roads;
    for (const QString &other : district.streets) {
        if (const qsizetype at = other.indexOf(QStringLiteral("路")); at > 0)
            roads << other.left(at + 1);
    }
    return roads.isEmpty() ? dice.pick(roadNames()) : dice.pick(roads);
}

InventedPoint inventPoint(Dice &dice, LiaisonPointType type, const District &d, const QString &street)
{
    const QString road = roadOf(dice, street, d);
    const QString address = QStringLiteral("上海市%1%2%3号").arg(d.name, road, number(dice, 1200));
    switch (type) {
    case LiaisonPointType::Community: {
        const QString committee = dice.pick(kCommunityRoots) + dice.pick(kCommunitySuffixes);
        return {QStringLiteral("%1%2%3居委会消费维权联络点").arg(d.name, street, committee),
                QStringLiteral("%1居民委员会").arg(committee),
                QStringLiteral("上海市%1%2%3弄%4号").arg(d.name, road, number(dice, 900), number(dice, 40))};
    }
    case LiaisonPointType::Village: {
        const QString village = dice.pick(kCommunityRoots) + QStringLiteral("村");
        return {QStringLiteral("%1%2村委会消费维权联络点").arg(street, village), QStringLiteral("%1村民委员会").arg(village),
                QStringLiteral("上海市%1%2%3号").arg(d.name, street, number(dice, 300))};
    }
    case LiaisonPointType::Market: {
        const QString root = dice.pick(kCommunityRoots);
        const QString market = dice.chance(0.4) ? road + QStringLiteral("菜市场")
                               : dice.chance(0.5) ? root + QStringLiteral("菜场")
                                                  : root + QStringLiteral("农贸市场");
        return {market + QStringLiteral("联络点"), QStringLiteral("上海%1经营管理有限公司").arg(market), address};
    }
    case LiaisonPointType::Supermarket: {
        const QString shop = QStringLiteral("%1（%2店）").arg(dice.pick(kSupermarkets), road);
        return {shop + QStringLiteral("联络点"), shop, address};
    }
    case LiaisonPointType::Mall: {
        const QString mall = dice.pick(kMallWords) + dice.pick(kMallSuffixes);
        return {mall + QStringLiteral("消费维权联络点"), QStringLiteral("上海%1").arg(mall), address};
    }
    case LiaisonPointType::Enterprise: {
        const QString company = QStringLiteral("上海%1%2有限公司").arg(dice.pick(kEnterpriseWords), dice.pick(kEnterpriseKinds));
        return {company + QStringLiteral("联络点"), company, address};
    }
    case LiaisonPointType::ScenicSpot: {
        const QString spot = dice.pick(kScenicSpots);
        return {spot + QStringLiteral("联络点"), spot + QStringLiteral("管理处"), address};
    }
    case LiaisonPointType::ECommerce: {
        const QString platform = dice.pick(kPlatformWords) + QStringLiteral("网");
        return {platform + QStringLiteral("平台消费维权联络点"),
                QStringLiteral("上海%1电子商务有限公司").arg(dice.pick(kPlatformWords)), address};
    }
    case LiaisonPointType::School: {
        const QString stem = road.endsWith(QStringLiteral("路")) ? road.chopped(1) : road;
        const QString school = dice.chance(0.5) ? QStringLiteral("上海市%1中学").arg(stem)
                                                : QStringLiteral("%1%2小学").arg(d.shortName, stem);
        return {school + QStringLiteral("联络点"), school, address};
    }
    case LiaisonPointType::OfficeBuilding: {
        const QString building = dice.pick(kBuildingWords) + (dice.chance(0.5) ? QStringLiteral("大厦") : QStringLiteral("国际中心"));
        return {building + QStringLiteral("商务楼宇联络点"), building + QStringLiteral("物业服务中心"), address};
    }
    case LiaisonPointType::IndustrialPark: {
        const QString park = dice.pick(kParks);
        return {park + QStringLiteral("联络点"), park + QStringLiteral("管理委员会"), address};
    }
    case LiaisonPointType::Other:
        break;
    }
    const QString place = QStringLiteral("%1%2").arg(street, dice.pick(kOthers));
    return {place + QStringLiteral("联络点"), place, address};
}

InventedLead inventLead(Dice &dice, const QString &street, const District &district)
{
    const QString road = roadOf(dice, street, district);
    struct Kind {
        const char *suspicion;
        const char *business;
    };
    static const Kind kinds[] = {
        {"无证经营熟食摊点，卫生条件差", "流动熟食摊"},
        {"销售过期食品", "一便利店"},
        {"出售假冒品牌运动鞋", "一服装鞋帽店"},
        {"商品未明码标价，结账时随意加价", "一水果店"},
        {"以健康讲座名义向老年人推销高价保健品", "一临街商铺"},
        {"收取预付款后停业，疑似卷款跑路", "一美容美发店"},
        {"电子秤作弊，缺斤短两", "菜场一水产摊位"},
        {"无照经营电动自行车维修并违规加装改装", "一电动车维修点"},
        {"先涨价后打折的虚假促销", "一家电门店"},
        {"销售无中文标签的进口食品", "一进口食品店"},
    };
    const Kind &kind = kinds[dice.below(int(std::size(kinds)))];
    return {QString::fromUtf8(kind.suspicion), QStringLiteral("%1%2").arg(road, QString::fromUtf8(kind.business)),
            QStringLiteral("%1%2号附近").arg(road, number(dice, 1200))};
}

const QStringList &visitFindings()
{
    static const QStringList findings = {
        QStringLiteral("台账登记完整，投诉箱、公示栏正常使用。"),
        QStringLiteral("联络员新换人，已现场讲解受理和转交流程。"),
        QStringLiteral("宣传栏内容未及时更新，已要求本月内更换。"),
        QStringLiteral("现场调解记录不够规范，已指导补充调解结果和金额。"),
        QStringLiteral("预付卡风险提示已张贴，居民反映良好。"),
        QStringLiteral("检查3·15宣传活动准备情况，资料已发放到位。"),
        QStringLiteral("联络点牌匾脱落，已联系依托单位重新悬挂。"),
        QStringLiteral("了解近期投诉热点，集中在网购退货和装修纠纷。"),
    };
    return findings;
}

} // namespace casedesk::demo
// clang-format on
