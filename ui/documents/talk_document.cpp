#include "talk_document.h"

#include "mediation/mediation_papers.h"

namespace casedesk {
namespace {

QString row(const QString &label, const QString &text)
{
    return QStringLiteral("<tr><td width=\"22%\" valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label, htmlText(text.trimmed().isEmpty() ? QStringLiteral("无") : text));
}

} // namespace

QString talkHtml(const Talk &talk, const QString &councilName)
{
    QString html;
    html += QStringLiteral("<p align=\"center\" style=\"font-size:22pt; font-weight:bold; margin-bottom:14px;\">"
                           "约谈记录</p>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"1\" "
                           "style=\"border-collapse:collapse;\">");
    html += row(QStringLiteral("被约谈经营者"), talk.businessName);
    html += row(QStringLiteral("约谈时间"), chineseDate(talk.heldOn));
    html += row(QStringLiteral("约谈地点"), talk.place);
    html += row(QStringLiteral("约谈单位人员"), talk.councilAttendees);
    html += row(QStringLiteral("经营者参加人员"), talk.businessAttendees);
    html += row(QStringLiteral("约谈事由"), talk.reason);
    html += row(QStringLiteral("指出的问题"), talk.problems);
    QString promises;
    for (int i = 0; i < talk.promises.size(); ++i) {
        const TalkPromise &p = talk.promises.at(i);
        QString line = QStringLiteral("%1. %2（于%3前完成）").arg(i + 1).arg(p.text, chineseDate(p.dueOn));
        if (p.checkedOn.isValid())
            line += QStringLiteral("；%1核查：%2").arg(chineseDate(p.checkedOn),
                                                    p.kept.value_or(false) ? QStringLiteral("已履行")
                                                                           : QStringLiteral("未履行"));
        if (!p.checkNote.trimmed().isEmpty())
            line += QStringLiteral("（%1）").arg(p.checkNote.trimmed());
        promises += (promises.isEmpty() ? QString() : QStringLiteral("\n")) + line;
    }
    html += row(QStringLiteral("经营者承诺整改事项"), promises);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"margin-top:30px;\">"
                           "<tr><td width=\"50%\">约谈人（签名）：</td><td width=\"50%\">被约谈经营者代表（签名）：</td></tr>"
                           "<tr><td><br/>记录人（签名）：</td><td><br/>经营者（盖章）：</td></tr>"
                           "<tr><td colspan=\"2\" align=\"right\"><br/>%1</td></tr>"
                           "<tr><td colspan=\"2\" align=\"right\">%2</td></tr></table>")
                .arg(councilName.toHtmlEscaped(), chineseDate(talk.heldOn));
    return html;
}

PdfOptions talkPdfOptions(const Talk &talk)
{
    PdfOptions options;
    options.title = QStringLiteral("约谈记录 %1").arg(talk.businessName);
    options.keepLastTableTogether = true;
    return options;
}

Status writeTalkPdf(const Talk &talk, const QString &councilName, const QString &path)
{
    return writeHtmlPdf(talkHtml(talk, councilName), path, talkPdfOptions(talk));
}

} // namespace casedesk
