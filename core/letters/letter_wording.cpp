#include "letters/letter_wording.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Letters)
};

} // namespace

LetterWording builtInWording(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Acceptance:
        return {QStringLiteral("受理通知书"),
                QStringLiteral("您于{received_date}向本会提出的关于{business}的投诉（案件编号：{case_number}）已收悉。"
                               "经审查，该投诉符合受理条件，本会已于{accepted_date}决定受理，并将依法组织调解。\n"
                               "本案承办人：{caseworker}。如有疑问，请与本会联系，联系时请告知案件编号。\n"
                               "特此通知。")};
    case LetterKind::Refusal:
        return {QStringLiteral("不予受理告知书"),
                QStringLiteral("您于{received_date}向本会提出的关于{business}的投诉（案件编号：{case_number}）已收悉。"
                               "经审查，因{ground}，根据消费者投诉处理的有关规定，本会决定不予受理。{note}\n"
                               "您可以依法通过其他途径解决该消费争议。\n"
                               "特此告知。")};
    case LetterKind::Return:
        return {QStringLiteral("退回告知书"),
                QStringLiteral("您于{received_date}向本会提出的关于{business}的投诉（案件编号：{case_number}），"
                               "因{ground}，本会予以退回。{note}\n"
                               "如您补充有关材料后仍需投诉，可以重新提出。\n"
                               "特此告知。")};
    case LetterKind::Termination:
        return {QStringLiteral("终止调解告知书"),
                QStringLiteral("本会于{accepted_date}受理的您与{business}之间的消费争议（案件编号：{case_number}），"
                               "因{ground}，本会于{terminated_date}决定终止调解。{note}\n"
                               "您可以依法通过向人民法院提起诉讼、申请仲裁等途径解决该争议。\n"
                               "特此告知。")};
    case LetterKind::Forwarding:
        return {QStringLiteral("投诉转办函"),
                QStringLiteral("本会于{received_date}收到消费者{complainant}（联系电话：{complainant_phone}）关于贵单位的投诉"
                               "（案件编号：{case_number}），涉及金额{amount}。根据本会与贵单位签订的投诉联网协议，"
                               "现将该投诉转请贵单位先行与消费者协商和解。\n"
                               "投诉事实：{facts}\n"
                               "消费者诉求：{demand}\n"
                               "请于{answer_due}前将处理结果书面反馈本会；逾期未处理或者未能和解的，本会将依法继续处理。\n"
                               "本案承办人：{caseworker}。")};
    case LetterKind::SessionRecord:
        return {QStringLiteral("调解笔录"),
                QStringLiteral("案件编号：{case_number}\n"
                               "时间：{session_time}\n"
                               "地点：{session_place}\n"
                               "调解员：{mediators}\n"
                               "申请人（消费者）：{complainant}\n"
                               "被申请人（经营者）：{business}\n"
                               "参加人员：{participants}\n"
                               "调解情况：{session_record}")};
    case LetterKind::FollowUpRecord:
        return {QStringLiteral("回访记录"),
                QStringLiteral("案件编号：{case_number}\n"
                               "被回访人：{complainant}\n"
                               "被投诉经营者：{business}\n"
                               "办结日期：{closed_date}\n"
                               "回访时间：{visit_time}\n"
                               "回访人：{visitor}\n"
                               "回访结果：{visit_result}\n"
                               "消费者意见：{visit_comment}")};
    case LetterKind::PayoutReceipt:
        return {QStringLiteral("先行赔付领款凭证"),
                QStringLiteral("今收到{fund_name}（{fund_holder}）就本人与{business}之间的消费争议"
                               "（案件编号：{case_number}）先行赔付款人民币{payout_amount}（大写：{payout_amount_words}）。\n"
                               "领款人：{complainant}，身份证号码：{complainant_id_number}。\n"
                               "本人确认已收到上述款项，并同意将相应的追偿权利转让给先行赔付方。")};
    // The agreement's and the referral letter's fixed clauses; their tables and signature
    // blocks are laid out around them (ui/documents).
    case LetterKind::Agreement:
        return {QStringLiteral("人民调解协议书"),
                QStringLiteral("本协议自双方当事人签名（盖章或按指印）、人民调解员签名并加盖调解组织印章之日起生效。"
                               "本协议一式{copies}份，双方当事人各执一份，调解组织留存{council_copies}份。"
                               "当事人可以自本协议生效之日起三十日内共同向人民法院申请司法确认。（以下无正文）")};
    case LetterKind::Referral:
        return {QStringLiteral("诉调对接移送函"),
                QStringLiteral("消费者{complainant}与经营者{business}消费纠纷一案，{mediation_result}。"
                               "根据诉调对接工作机制，经消费者本人于{consent_date}同意，现将该纠纷移送你院{court_point}依法处理。"
                               "有关情况如下：")};
    }
    return {};
}

QList<std::pair<QString, QString>> letterPlaceholders(LetterKind kind)
{
    QList<std::pair<QString, QString>> names{
        {QStringLiteral("complainant"), Msg::tr("The complainant's name")},
        {QStringLiteral("business"), Msg::tr("The business complained about")},
        {QStringLiteral("case_number"), Msg::tr("The case number")},
        {QStringLiteral("received_date"), Msg::tr("The day the complaint was received")},
        {QStringLiteral("caseworker"), Msg::tr("The caseworker in charge")},
        {QStringLiteral("council"), Msg::tr("The council's name")},
        {QStringLiteral("demand"), Msg::tr("What the complainant asks for")},
        {QStringLiteral("amount"), Msg::tr("The amount involved")},
    };
    const auto add = [&names](const char *name, const QString &meaning) {
        names.append({QString::fromLatin1(name), meaning});
    };
    switch (kind) {
    case LetterKind::Acceptance: add("accepted_date", Msg::tr("The day it was accepted")); break;
    case LetterKind::Refusal:
    case LetterKind::Return:
        add("ground", Msg::tr("The ground of the decision, as the letter words it"));
        add("note", Msg::tr("The caseworker's note on that ground, if any"));
        break;
    case LetterKind::Termination:
        add("accepted_date", Msg::tr("The day it was accepted"));
        add("terminated_date", Msg::tr("The day mediation was terminated"));
        add("ground", Msg::tr("The ground of the decision, as the letter words it"));
        add("note", Msg::tr("The caseworker's note on that ground, if any"));
        break;
    case LetterKind::Forwarding:
        add("complainant_phone", Msg::tr("The complainant's phone, masked (the letter goes to the business)"));
        add("facts", Msg::tr("The facts of the complaint"));
        add("forwarded_date", Msg::tr("The day the case was forwarded"));
        add("answer_due", Msg::tr("The last day for the enterprise's answer"));
        break;
    case LetterKind::SessionRecord:
        add("session_time", Msg::tr("When the session took place"));
        add("session_place", Msg::tr("Where it took place"));
        add("mediators", Msg::tr("The mediators"));
        add("participants", Msg::tr("Those present"));
        add("session_record", Msg::tr("What was said and done"));
        break;
    case LetterKind::FollowUpRecord:
        add("closed_date", Msg::tr("The day the case was closed"));
        add("visit_time", Msg::tr("When the visit took place"));
        add("visitor", Msg::tr("Who made it"));
        add("visit_result", Msg::tr("The complainant's verdict"));
        add("visit_comment", Msg::tr("What the complainant said"));
        break;
    case LetterKind::PayoutReceipt:
        add("fund_name", Msg::tr("The fund that paid"));
        add("fund_holder", Msg::tr("Who holds the fund"));
        add("payout_amount", Msg::tr("The amount paid, in figures"));
        add("payout_amount_words", Msg::tr("The amount paid, in Chinese capital numerals"));
        add("payout_date", Msg::tr("The day it was paid"));
        add("complainant_id_number", Msg::tr("The complainant's ID number, in full (the receipt is theirs)"));
        break;
    case LetterKind::Agreement:
        add("copies", Msg::tr("How many copies are signed, in Chinese numerals"));
        add("council_copies", Msg::tr("How many copies the council keeps, in Chinese numerals"));
        add("signed_date", Msg::tr("The day the agreement was signed"));
        add("mediator", Msg::tr("The mediator"));
        break;
    case LetterKind::Referral:
        add("court", Msg::tr("The court the case goes to"));
        add("mediation_result", Msg::tr("How mediation ended, as the letter words it"));
        add("consent_date", Msg::tr("The day the complainant agreed to the referral"));
        add("referred_date", Msg::tr("The day of the referral"));
        add("court_point", Msg::tr("\"（巡回审判点）\" when the court is a circuit point, else nothing"));
        break;
    }
    return names;
}

Result<QString> fillPlaceholders(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString filled;
    qsizetype done = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        if (!values.contains(name)) {
            const QString message = Msg::tr("The letter's wording uses {%1}, which CaseDesk does not know.").arg(name);
            return Error{ErrorCode::InvalidInput, message, {{QStringLiteral("wording"), message}}};
        }
        filled += text.mid(done, match.capturedStart() - done) + values.value(name);
        done = match.capturedEnd();
    }
    return filled + text.mid(done);
}

} // namespace casedesk
