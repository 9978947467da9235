// The kinds of everyday service providers a complaint names (生活及社会服务, 房屋装修及物业, 旅游,
// 文化娱乐体育, 邮政业, 电信, 互联网), with brand words, products, typical demands and statements.

#include "demo/demo_business_kinds.h"

// These are data tables: each sentence stays whole on its own line, so clang-format keeps out.
// clang-format off

namespace casedesk::demo {
namespace {

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
} // namespace

QList<BusinessKind> serviceKinds()
{
    return livingServiceKinds() + renovationPropertyKinds() + tourismKinds() + cultureSportsKinds() + postalKinds() +
           telecomKinds() + internetKinds();
}

} // namespace casedesk::demo

// clang-format on
