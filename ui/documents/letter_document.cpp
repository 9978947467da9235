#include "letter_document.h"

#include "mediation/mediation_papers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk {
namespace {

// The foot of the page: who signs. A letter is signed and sealed by the council; a record by
// those present; a receipt by the complainant who took the money.
QString signatureBlock(const Letter &letter)
{
    const QString council = letter.councilName.toHtmlEscaped();
    const QString date = chineseDate(letter.date);
    const QString blankDate = QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;年&nbsp;&nbsp;&nbsp;&nbsp;月"
                                             "&nbsp;&nbsp;&nbsp;&nbsp;日");
    const QString table = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
                                         "style=\"margin-top:30px;\">%1</table>");
    switch (letter.kind) {
    case LetterKind::SessionRecord:
        return table.arg(QStringLiteral("<tr><td width=\"50%\">调解员（签名）：</td><td width=\"50%\">记录人（签名）：</td></tr>"
                                        "<tr><td><br/>申请人（签名）：</td><td><br/>被申请人（签名或盖章）：</td></tr>"
                                        "<tr><td><br/>其他参加人员（签名）：</td><td></td></tr>"
                                        "<tr><td colspan=\"2\" align=\"right\"><br/>%1</td></tr>"
                                        "<tr><td colspan=\"2\" align=\"right\">%2</td></tr>")
                             .arg(council, date));
    case LetterKind::FollowUpRecord:
        return table.arg(QStringLiteral("<tr><td width=\"50%\">回访人（签名）：</td><td width=\"50%\">审核人（签名）：</td></tr>"
                                        "<tr><td colspan=\"2\" align=\"right\"><br/>%1</td></tr>"
                                        "<tr><td colspan=\"2\" align=\"right\">%2</td></tr>")
                             .arg(council, date));
    case LetterKind::PayoutReceipt:
        return table.arg(QStringLiteral("<tr><td width=\"50%\">领款人（签名并按指印）：</td><td width=\"50%\">经办人（签名）：</td></tr>"
                                        "<tr><td><br/>日期：%1</td><td><br/>日期：%1</td></tr>"
                                        "<tr><td colspan=\"2\" align=\"right\"><br/>%2（印章）</td></tr>")
                             .arg(blankDate, council));
    default:
        return table.arg(QStringLiteral("<tr><td align=\"right\">%1（印章）</td></tr>"
                                        "<tr><td align=\"right\">%2</td></tr>")
                             .arg(council, date));
    }
}

} // namespace

QString letterHtml(const Letter &letter)
{
    // A letter's paragraphs begin two full-width spaces in, as Chinese letters do (kept by
    // pre-wrap, where HTML would drop them); a record's lines ("时间：……") begin at the margin.
    const bool indented = isSentLetter(letter.kind) && letter.kind != LetterKind::PayoutReceipt;
    QString html;
    html += QStringLiteral("<p align=\"center\" style=\"font-size:22pt; font-weight:bold; margin-bottom:4px;\">%1</p>")
                .arg(letter.title.toHtmlEscaped());
    html += QStringLiteral("<p align=\"right\" style=\"margin-top:0;\">编号：%1</p>").arg(letter.caseNumber.toHtmlEscaped());
    if (!letter.addressee.isEmpty() && letter.kind != LetterKind::PayoutReceipt)
        html += QStringLiteral("<p style=\"margin-top:14px;\">%1：</p>").arg(letter.addressee.toHtmlEscaped());
    static const QRegularExpression typedIndent(QStringLiteral("^[\\x{3000} ]+"));
    for (const QString &paragraph : letter.body.split(QLatin1Char('\n'))) {
        const QString text = QString(paragraph).remove(typedIndent); // the page gives the indent
        html += QStringLiteral("<p style=\"margin-top:6px; line-height:160%; white-space:pre-wrap;\">%1%2</p>")
                    .arg(indented && !text.isEmpty() ? QStringLiteral("\u3000\u3000") : QString(), text.toHtmlEscaped());
    }
    html += signatureBlock(letter);
    return html;
}

PdfOptions letterPdfOptions(const Letter &letter)
{
    PdfOptions options;
    options.title = letter.title + QLatin1Char(' ') + letter.caseNumber;
    options.keepLastTableTogether = true;
    return options;
}

Status writeLetterPdf(const Letter &letter, const QString &path)
{
    return writeHtmlPdf(letterHtml(letter), path, letterPdfOptions(letter));
}

Status writeLettersPdf(const QList<Letter> &letters, const QString &path)
{
    if (letters.isEmpty())
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("Letters", "There are no letters to write."), {}};
    // One letter a page: each starts on a new sheet.
    QString html;
    for (int i = 0; i < letters.size(); ++i) {
        if (i > 0)
            html += QStringLiteral("<div style=\"page-break-before:always;\"></div>");
        html += letterHtml(letters.at(i));
    }
    PdfOptions options = letterPdfOptions(letters.first());
    options.keepLastTableTogether = false;
    options.pageNumbers = false; // "page 3 of 10" on one member's letter would puzzle its reader
    return writeHtmlPdf(html, path, options);
}

} // namespace casedesk
