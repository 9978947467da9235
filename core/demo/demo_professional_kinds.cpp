// The kinds of professional and public service providers a complaint names (金融, 保险, 卫生保健,
// 教育培训, 公共设施, 销售服务) and 其他, with brand words, products, typical demands and statements.

#include "demo/demo_business_kinds.h"

// These are data tables: each sentence stays whole on its own line, so clang-format keeps out.
// clang-format off

namespace casedesk::demo {
namespace {

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

QList<BusinessKind> professionalServiceKinds()
{
    return financeKinds() + insuranceKinds() + healthCareKinds() + educationKinds() + publicFacilityKinds() +
           salesServiceKinds() + otherKinds();
}

} // namespace casedesk::demo

// clang-format on
