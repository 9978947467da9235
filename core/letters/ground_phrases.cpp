#include "letters/ground_phrases.h"

namespace casedesk {

QString groundPhrase(RefusalGround ground)
{
    switch (ground) {
    case RefusalGround::OutsideDuties: return QStringLiteral("该投诉事项不属于本会职责范围或者不属于本会管辖");
    case RefusalGround::HandledElsewhere:
        return QStringLiteral("该争议已由人民法院、仲裁机构、有关行政部门或者其他调解组织受理或者处理");
    case RefusalGround::NotConsumerDispute:
        return QStringLiteral(
            "该投诉不属于为生活消费需要购买、使用商品或者接受服务产生的争议，或者无法证实存在消费争议");
    case RefusalGround::TimeBarred: return QStringLiteral("您知道或者应当知道权益受到侵害之日起已超过三年");
    case RefusalGround::ElementsMissing: return QStringLiteral("投诉缺少必要的投诉要素");
    case RefusalGround::IdentityRefused: return QStringLiteral("投诉人拒绝核验身份或者冒用他人身份");
    case RefusalGround::Other: return QStringLiteral("存在法律、法规规定的其他不予受理情形");
    }
    return {};
}

QString groundPhrase(ReturnReason reason)
{
    switch (reason) {
    case ReturnReason::MissingElements: return QStringLiteral("投诉缺少必要的投诉要素");
    case ReturnReason::UnclearStatement: return QStringLiteral("投诉内容表述不清");
    case ReturnReason::WrongType: return QStringLiteral("该事项不属于投诉");
    case ReturnReason::UnknownAddress: return QStringLiteral("被投诉经营者的地址不明");
    case ReturnReason::Duplicate: return QStringLiteral("该投诉属于重复投诉");
    case ReturnReason::WithdrawnByCitizen: return QStringLiteral("您已撤回投诉");
    case ReturnReason::NotOurDuty: return QStringLiteral("该事项不属于本会职责范围");
    }
    return {};
}

QString groundPhrase(TerminationGround ground)
{
    switch (ground) {
    case TerminationGround::ComplainantWithdrew: return QStringLiteral("您撤回了投诉");
    case TerminationGround::RespondentRefused: return QStringLiteral("被投诉人拒绝调解或者无正当理由不参加调解");
    case TerminationGround::NoAgreement: return QStringLiteral("双方经调解未能达成一致意见");
    case TerminationGround::TimeLimitPassed: return QStringLiteral("调解期限届满仍未达成调解协议");
    case TerminationGround::Other: return QStringLiteral("出现了依法应当终止调解的其他情形");
    }
    return {};
}

QString groundPhraseForCourt(TerminationGround ground)
{
    switch (ground) {
    case TerminationGround::ComplainantWithdrew: return QStringLiteral("投诉人撤回投诉");
    case TerminationGround::RespondentRefused: return QStringLiteral("被投诉人拒绝调解或无正当理由不参加调解");
    case TerminationGround::NoAgreement: return QStringLiteral("双方分歧较大，无法达成调解协议");
    case TerminationGround::TimeLimitPassed: return QStringLiteral("超过调解期限未达成调解协议");
    case TerminationGround::Other: return QStringLiteral("其他原因");
    }
    return {};
}

QString groundPhraseOfCode(GroundKind kind, const QString &code)
{
    switch (kind) {
    case GroundKind::Refusal:
        if (const auto ground = refusalGroundFromCode(code))
            return groundPhrase(*ground);
        break;
    case GroundKind::Return:
        if (const auto reason = returnReasonFromCode(code))
            return groundPhrase(*reason);
        break;
    case GroundKind::Termination:
        if (const auto ground = terminationGroundFromCode(code))
            return groundPhrase(*ground);
        break;
    case GroundKind::None: break;
    }
    return {};
}

QString groundPhraseForCourtOfCode(const QString &code)
{
    const auto ground = terminationGroundFromCode(code);
    return ground ? groundPhraseForCourt(*ground) : QString();
}

} // namespace casedesk
