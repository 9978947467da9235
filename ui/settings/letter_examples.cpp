#include "letter_examples.h"

#include "agreement_document.h"
#include "documents/letter_document.h"
#include "letters/letter_wording.h"
#include "referral_document.h"

namespace casedesk {
namespace {

Complaint exampleComplaint()
{
    Complaint c;
    c.caseNumber = QStringLiteral("长宁-2026-000123");
    c.consumer.name = QStringLiteral("张伟");
    c.consumer.phone = QStringLiteral("13812345678");
    c.consumer.address = QStringLiteral("上海市长宁区愚园路100号");
    c.business.name = QStringLiteral("上海悦动健身有限公司");
    c.business.address = QStringLiteral("上海市长宁区天山路200号");
    c.categoryName = QStringLiteral("文化娱乐体育");
    c.amountFen = 240000;
    c.receivedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0));
    c.incidentDate = QDate(2026, 2, 20);
    c.facts = QStringLiteral("消费者购买三年期健身卡，健身房突然停业。");
    c.demand = QStringLiteral("要求退还剩余会员费2400元");
    c.assignee = QStringLiteral("李敏");
    return c;
}

} // namespace

// What the preview fills the placeholders with: an example case, so a council sees its letter
// as a citizen will (a placeholder without an example shows what it stands for).
QHash<QString, QString> exampleLetterValues(LetterKind kind)
{
    QHash<QString, QString> values{
        {QStringLiteral("complainant"), QStringLiteral("张伟")},
        {QStringLiteral("business"), QStringLiteral("上海悦动健身有限公司")},
        {QStringLiteral("case_number"), QStringLiteral("长宁-2026-000123")},
        {QStringLiteral("received_date"), QStringLiteral("2026年3月2日")},
        {QStringLiteral("accepted_date"), QStringLiteral("2026年3月3日")},
        {QStringLiteral("terminated_date"), QStringLiteral("2026年4月20日")},
        {QStringLiteral("forwarded_date"), QStringLiteral("2026年3月4日")},
        {QStringLiteral("answer_due"), QStringLiteral("2026年3月18日")},
        {QStringLiteral("caseworker"), QStringLiteral("李敏")},
        {QStringLiteral("demand"), QStringLiteral("要求退还剩余会员费2400元")},
        {QStringLiteral("facts"), QStringLiteral("消费者购买三年期健身卡，健身房突然停业。")},
        {QStringLiteral("amount"), QStringLiteral("¥2,400.00")},
        {QStringLiteral("complainant_phone"), QStringLiteral("138****5678")},
        {QStringLiteral("payout_amount"), QStringLiteral("¥2,400.00")},
        {QStringLiteral("payout_amount_words"), QStringLiteral("贰仟肆佰元整")},
        {QStringLiteral("copies"), QStringLiteral("三")},
        {QStringLiteral("council_copies"), QStringLiteral("一")},
        {QStringLiteral("signed_date"), QStringLiteral("2026年4月10日")},
        {QStringLiteral("mediator"), QStringLiteral("李敏")},
        {QStringLiteral("court"), QStringLiteral("上海市长宁区人民法院")},
        {QStringLiteral("mediation_result"),
         QStringLiteral("经本会调解，因双方分歧较大，无法达成调解协议，于2026年4月20日终止调解")},
        {QStringLiteral("consent_date"), QStringLiteral("2026年4月22日")},
        {QStringLiteral("referred_date"), QStringLiteral("2026年4月23日")},
        {QStringLiteral("court_point"), QString()},
    };
    for (const auto &[name, meaning] : letterPlaceholders(kind)) {
        if (!values.contains(name))
            values.insert(name, QStringLiteral("〔%1〕").arg(meaning));
    }
    return values;
}


QString exampleAddressee(LetterKind kind)
{
    switch (addresseeOf(kind)) {
    case Addressee::Business: return QStringLiteral("上海悦动健身有限公司");
    case Addressee::Complainant: return QStringLiteral("张伟");
    case Addressee::Court: return QStringLiteral("上海市长宁区人民法院");
    case Addressee::Nobody: break;
    }
    return {};
}

QString exampleLetterHtml(const Letter &letter)
{
    if (letter.kind == LetterKind::Agreement) {
        AgreementPaper paper;
        paper.councilName = letter.councilName;
        paper.complaint = exampleComplaint();
        paper.agreement.facts = paper.complaint.facts;
        paper.agreement.disputes = QStringLiteral("剩余会员费的退还。");
        paper.agreement.responsibility = QStringLiteral("经营者停业未能继续提供服务，应承担退款责任。");
        paper.agreement.terms = QStringLiteral("经营者退还消费者剩余会员费人民币2400元。");
        paper.agreement.performanceMethod = QStringLiteral("银行转账");
        paper.agreement.performancePlace = QStringLiteral("上海市长宁区");
        paper.agreement.performBy = QDate(2026, 4, 30);
        paper.agreement.signedOn = QDate(2026, 4, 10);
        paper.mediatorName = QStringLiteral("李敏");
        return agreementHtml(paper, letter);
    }
    if (letter.kind == LetterKind::Referral) {
        ReferralPaper paper;
        paper.councilName = letter.councilName;
        paper.complaint = exampleComplaint();
        paper.court.name = exampleAddressee(LetterKind::Referral);
        paper.referral.consentOn = QDate(2026, 4, 22);
        paper.referral.referredOn = QDate(2026, 4, 23);
        paper.referral.claims = QStringLiteral("判令被告退还原告剩余会员费人民币2400元。");
        return referralHtml(paper, letter);
    }
    return letterHtml(letter);
}

} // namespace casedesk
