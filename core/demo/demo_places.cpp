// Word lists for the demo data: common Chinese surnames and given-name characters, Shanghai's
// 16 districts with their real 街道 / 镇, and Shanghai road names. Built once, on first use.

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
} // namespace casedesk::demo

// clang-format on
