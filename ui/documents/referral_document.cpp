#include "referral_document.h"

#include "agreement_document.h"
#include "domain/money.h"
#include "letters/ground_phrases.h"

namespace casedesk {
namespace {

// Official papers are Chinese whatever the desk's language, so these words are fixed here
// instead of coming from the translated labels.
QString modeWord(SessionMode mode)
{
    switch (mode) {
    case SessionMode::OnSite: return QStringLiteral("现场调解");
    case SessionMode::Phone: return QStringLiteral("电话调解");
    case SessionMode::Video: return QStringLiteral("视频（云）调解");
    case SessionMode::Remote: return QStringLiteral("异地远程调解");
    }
    return {};
}

QString outcomeWord(SessionOutcome outcome)
{
    switch (outcome) {
    case SessionOutcome::Planned: return QStringLiteral("待进行");
    case SessionOutcome::Continued: return QStringLiteral("继续调解");
    case SessionOutcome::Agreement: return QStringLiteral("达成协议");
    case SessionOutcome::NoAgreement: return QStringLiteral("未达成协议");
    case SessionOutcome::NoShow: return QStringLiteral("当事人未到场");
    case SessionOutcome::Cancelled: return QStringLiteral("取消");
    }
    return {};
}

QString groundWord(const QString &code)
{
    const QString phrase = groundPhraseForCourtOfCode(code);
    return phrase.isEmpty() ? code : phrase;
}

QString cell(const QString &text, const QString &attributes = {})
{
    return QStringLiteral("<td %1>%2</td>").arg(attributes, text);
}

QString heading(const QString &text)
{
    return QStringLiteral("<p style=\"margin-top:12px; margin-bottom:4px;\"><b>%1</b></p>").arg(text);
}

const QString kTable = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                      "style=\"border-color:#000; border-style:solid;\">");

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    return QStringLiteral("%1 KB").arg(qMax<qint64>(1, (bytes + 1023) / 1024));
}

} // namespace

QString referralHtml(const ReferralPaper &paper, const Letter &wording)
{
    const Complaint &c = paper.complaint;
    const CourtReferral &r = paper.referral;
    QString html;
    html += QStringLiteral("<p align=\"center\" style=\"font-size:22pt; font-weight:bold; margin-bottom:4px;\">"
                           "%1</p>").arg(wording.title.toHtmlEscaped());
    html += QStringLiteral("<p align=\"right\" style=\"margin-top:0;\">%1</p>").arg(c.caseNumber.toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin-top:12px;\">%1：</p>").arg(paper.court.name.toHtmlEscaped());
    // The opening, as the council words it; its paragraphs indented two characters.
    for (const QString &paragraph : wording.body.split(QLatin1Char('\n')))
        html += QStringLiteral("<p style=\"line-height:150%;\">\u3000\u3000%1</p>").arg(paragraph.trimmed().toHtmlEscaped());

    html += heading(QStringLiteral("一、案件概况"));
    html += kTable;
    html +=
        QStringLiteral("<tr>%1%2%3%4</tr>")
            .arg(cell(QStringLiteral("本会案号"), QStringLiteral("width=\"18%\"")), cell(c.caseNumber.toHtmlEscaped()),
                 cell(QStringLiteral("投诉日期"), QStringLiteral("width=\"18%\"")),
                 cell(chineseDate(c.receivedAt.date())));
    html += QStringLiteral("<tr>%1%2%3%4</tr>")
                .arg(cell(QStringLiteral("投诉类别")), cell(c.categoryName.toHtmlEscaped()),
                     cell(QStringLiteral("涉及金额")), cell(QStringLiteral("人民币%1元").arg(formatYuan(c.amountFen))));
    html += QStringLiteral("<tr>%1%2%3%4</tr>")
                .arg(cell(QStringLiteral("消费日期")),
                     cell(c.incidentDate.isValid() ? chineseDate(c.incidentDate) : QStringLiteral("不详")),
                     cell(QStringLiteral("移送日期")), cell(chineseDate(r.referredOn)));
    html += QStringLiteral("<tr>%1%2</tr>")
                .arg(cell(QStringLiteral("纠纷事实")), cell(htmlText(c.facts), QStringLiteral("colspan=\"3\"")));
    html += QStringLiteral("</table>");

    html += heading(QStringLiteral("二、当事人"));
    html += kTable;
    QString consumer =
        QStringLiteral("%1；联系电话：%2；住址：%3")
            .arg(c.consumer.name.toHtmlEscaped(), c.consumer.phone.toHtmlEscaped(), c.consumer.address.toHtmlEscaped());
    if (!c.consumer.idNumber.isEmpty())
        consumer += QStringLiteral("；身份证号码：%1").arg(c.consumer.idNumber.toHtmlEscaped());
    QString business =
        QStringLiteral("%1；地址：%2").arg(c.business.name.toHtmlEscaped(), c.business.address.toHtmlEscaped());
    if (!c.business.creditCode.isEmpty())
        business += QStringLiteral("；统一社会信用代码：%1").arg(c.business.creditCode.toHtmlEscaped());
    html += QStringLiteral("<tr>%1%2</tr>")
                .arg(cell(QStringLiteral("消费者"), QStringLiteral("width=\"18%\"")), cell(consumer));
    html += QStringLiteral("<tr>%1%2</tr>").arg(cell(QStringLiteral("经营者")), cell(business));
    html += QStringLiteral("</table>");

    html += heading(QStringLiteral("三、诉讼请求"));
    html += QStringLiteral("<p style=\"margin-top:0; line-height:150%;\">%1</p>").arg(htmlText(r.claims));

    html += heading(QStringLiteral("四、证据清单"));
    if (paper.evidence.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-top:0;\">无。</p>");
    } else {
        html += kTable;
        html += QStringLiteral("<tr>%1%2%3%4</tr>")
                    .arg(cell(QStringLiteral("<b>序号</b>"), QStringLiteral("width=\"8%\" align=\"center\"")),
                         cell(QStringLiteral("<b>证据名称</b>")), cell(QStringLiteral("<b>说明</b>")),
                         cell(QStringLiteral("<b>大小</b>"), QStringLiteral("width=\"12%\"")));
        int n = 0;
        for (const EvidenceItem &item : paper.evidence)
            html += QStringLiteral("<tr>%1%2%3%4</tr>")
                        .arg(cell(QString::number(++n), QStringLiteral("align=\"center\"")),
                             cell(item.fileName.toHtmlEscaped()), cell(htmlText(item.note)),
                             cell(sizeText(item.sizeBytes)));
        html += QStringLiteral("</table>");
    }

    html += heading(QStringLiteral("五、调解经过"));
    // Only sessions that took place belong in the history handed to the court.
    QList<MediationSession> held;
    for (const MediationSession &s : paper.sessions) {
        if (s.outcome != SessionOutcome::Planned && s.outcome != SessionOutcome::Cancelled)
            held.append(s);
    }
    if (held.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-top:0;\">无调解记录。</p>");
    } else {
        html += kTable;
        html += QStringLiteral("<tr>%1%2%3%4</tr>")
                    .arg(cell(QStringLiteral("<b>时间</b>"), QStringLiteral("width=\"27%\"")),
                         cell(QStringLiteral("<b>方式</b>"), QStringLiteral("width=\"18%\"")),
                         cell(QStringLiteral("<b>调解员</b>")),
                         cell(QStringLiteral("<b>结果</b>"), QStringLiteral("width=\"20%\"")));
        for (const MediationSession &s : held)
            html += QStringLiteral("<tr>%1%2%3%4</tr>")
                        .arg(cell(s.startsAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))), cell(modeWord(s.mode)),
                             cell(s.mediatorNames.join(QStringLiteral("、")).toHtmlEscaped()),
                             cell(outcomeWord(s.outcome)));
        html += QStringLiteral("</table>");
    }
    if (paper.termination)
        html += QStringLiteral("<p style=\"line-height:150%;\">终止调解：%1，理由：%2%3。</p>")
                    .arg(chineseDate(paper.termination->terminatedAt.date()), groundWord(paper.termination->ground),
                         paper.termination->note.isEmpty()
                             ? QString()
                             : QStringLiteral("（%1）").arg(paper.termination->note.toHtmlEscaped()));

    if (!r.lawyerName.isEmpty()) {
        html += heading(QStringLiteral("六、协助律师"));
        html += QStringLiteral("<p style=\"margin-top:0;\">律师志愿者%1协助消费者整理诉讼材料。</p>")
                    .arg(r.lawyerName.toHtmlEscaped());
    }

    if (!paper.evidence.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:14px;\">附：证据材料%1份。</p>")
                    .arg(chineseNumeral(int(paper.evidence.size())));
    // The closing block (seal, date, caseworker) as one borderless table, kept on one page.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"margin-top:30px;\">"
                           "<tr><td align=\"right\">%1（印章）</td></tr>"
                           "<tr><td align=\"right\">%2</td></tr>"
                           "<tr><td><br/>%3</td></tr></table>")
                .arg(paper.councilName.toHtmlEscaped(), chineseDate(r.referredOn),
                     c.assignee.isEmpty() ? QString() : QStringLiteral("承办人：%1").arg(c.assignee.toHtmlEscaped()));
    return html;
}

PdfOptions referralPdfOptions(const ReferralPaper &paper, const Letter &wording)
{
    PdfOptions options;
    options.title = wording.title + QLatin1Char(' ') + paper.complaint.caseNumber;
    options.keepLastTableTogether = true;
    options.footerNote = paper.trailAnchor; // a printed copy anchors the file's trail
    return options;
}

} // namespace casedesk
