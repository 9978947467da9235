#include "agreement_document.h"

#include "domain/money.h"

namespace casedesk {
namespace {

QString orBlank(const QString &text, int underscores = 16)
{
    return text.trimmed().isEmpty() ? QString(underscores, QLatin1Char('_')) : text.toHtmlEscaped();
}

QString section(const QString &heading, const QString &body)
{
    return QStringLiteral("<p style=\"margin-top:10px; margin-bottom:2px;\"><b>%1</b></p>"
                          "<p style=\"margin-top:0; line-height:140%;\">%2</p>")
        .arg(heading, body);
}

} // namespace

QString agreementHtml(const AgreementPaper &paper, const Letter &wording)
{
    const Complaint &c = paper.complaint;
    const MediationAgreement &a = paper.agreement;
    QString consumer = QStringLiteral("申请人（消费者）：%1").arg(c.consumer.name.toHtmlEscaped());
    if (!c.consumer.idNumber.isEmpty())
        consumer += QStringLiteral("，身份证号码：%1").arg(c.consumer.idNumber.toHtmlEscaped());
    consumer +=
        QStringLiteral("，联系电话：%1，住址：%2").arg(orBlank(c.consumer.phone, 11), orBlank(c.consumer.address));
    QString business = QStringLiteral("被申请人（经营者）：%1").arg(c.business.name.toHtmlEscaped());
    if (!c.business.creditCode.isEmpty())
        business += QStringLiteral("，统一社会信用代码：%1").arg(c.business.creditCode.toHtmlEscaped());
    business += QStringLiteral("，地址：%1").arg(orBlank(c.business.address));

    const QString deadline = a.performBy.isValid() ? chineseDate(a.performBy) : QStringLiteral("____年__月__日");
    const QString performance = QStringLiteral("履行方式：%1<br/>履行地点：%2<br/>履行期限：%3前履行完毕。")
                                    .arg(orBlank(a.performanceMethod), orBlank(a.performancePlace), deadline);
    // The signature block, one table so it stays on one page: each line long enough to sign
    // by hand, with room for a fingerprint; the council's seal and the date at the bottom right.
    const QString blankDate = QStringLiteral("日期：&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;年&nbsp;&nbsp;&nbsp;&nbsp;月"
                                             "&nbsp;&nbsp;&nbsp;&nbsp;日");
    const QString mediator = paper.mediatorName.isEmpty()
                                 ? QString()
                                 : paper.mediatorName.toHtmlEscaped() + QStringLiteral("&nbsp;&nbsp;______________");
    const QString signatures =
        QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" style=\"margin-top:18px;\">"
            "<tr><td width=\"50%\">申请人（签名并按指印）：</td><td width=\"50%\">被申请人（盖章）：</td></tr>"
            "<tr><td><br/><br/></td><td>法定代表人或委托代理人（签名）：<br/><br/></td></tr>"
            "<tr><td>%1</td><td>%1</td></tr>"
            "<tr><td colspan=\"2\"><br/>人民调解员（签名）：%2<br/><br/></td></tr>"
            "<tr><td colspan=\"2\" align=\"right\">%3（印章）</td></tr>"
            "<tr><td colspan=\"2\" align=\"right\">%4</td></tr>"
            "</table>")
            .arg(blankDate, mediator, paper.councilName.toHtmlEscaped(), chineseDate(a.signedOn));

    QString html;
    html += QStringLiteral("<p align=\"center\" style=\"font-size:22pt; font-weight:bold; margin-bottom:4px;\">"
                           "%1</p>").arg(wording.title.toHtmlEscaped());
    html += QStringLiteral("<p align=\"right\" style=\"margin-top:0;\">编号：%1</p>").arg(c.caseNumber.toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin-top:10px; margin-bottom:2px;\"><b>当事人</b></p>");
    html += QStringLiteral("<p style=\"margin-top:0; line-height:140%;\">%1<br/>%2</p>").arg(consumer, business);
    html += section(QStringLiteral("一、纠纷的主要事实"), htmlText(a.facts));
    html += section(QStringLiteral("二、争议事项"), htmlText(a.disputes));
    html += section(QStringLiteral("三、各方当事人的责任"), htmlText(a.responsibility));
    html += section(QStringLiteral("四、经调解，双方当事人自愿达成如下协议"), htmlText(a.terms));
    html += section(QStringLiteral("五、履行方式、地点和期限"), performance);
    // The effect clause, as the council words it.
    for (const QString &paragraph : wording.body.split(QLatin1Char('\n')))
        html += QStringLiteral("<p style=\"margin-top:12px; line-height:140%;\">%1</p>").arg(paragraph.toHtmlEscaped());
    html += signatures;
    return html;
}

PdfOptions agreementPdfOptions(const AgreementPaper &paper, const Letter &wording)
{
    PdfOptions options;
    options.title = wording.title + QLatin1Char(' ') + paper.complaint.caseNumber;
    options.keepLastTableTogether = true;
    options.footerNote = paper.trailAnchor; // a printed copy anchors the file's trail
    return options;
}

} // namespace casedesk
