#include "reports/report_html.h"

#include "domain/money.h"

#include <QCoreApplication>

namespace casedesk::reporthtml {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString style()
{
    return QStringLiteral(
    "<style>"
    "h1 { font-size: 22pt; color: #1f3f68; }"
    "h2 { font-size: 14pt; color: #1f3f68; margin-top: 18px; margin-bottom: 6px; }"
    "table.data { border-collapse: collapse; width: 100%; }"
    "table.data th { background-color: #dfe8f3; padding: 4px; border: 1px solid #9fb3cc; font-weight: bold; }"
    "table.data td { padding: 4px; border: 1px solid #c5d1e0; }"
    "td.num { text-align: right; }"
    "p.note { color: #555555; font-size: 8.5pt; }"
    "</style>");
}

QString headerRow(const QStringList &cells)
{
    QString row = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        row += QStringLiteral("<th>%1</th>").arg(esc(cell));
    return row + QStringLiteral("</tr>");
}

QString dataRow(const QStringList &cells)
{
    QString row = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i)
        row += (i == 0 ? QStringLiteral("<td>%1</td>") : QStringLiteral("<td class=\"num\" align=\"right\">%1</td>"))
                   .arg(esc(cells.at(i)));
    return row + QStringLiteral("</tr>");
}

QString table(const QString &header, const QString &rows)
{
    return QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><thead>") +
           header + QStringLiteral("</thead><tbody>") + rows + QStringLiteral("</tbody></table>");
}

QString note(const QString &text)
{
    return QStringLiteral("<p class=\"note\">%1</p>").arg(esc(text));
}

QString reportDate(const QDate &date)
{
    return date.toString(
        QCoreApplication::translate("ReportDocument", "yyyy-MM-dd", "date format of reports; Chinese: yyyy年M月d日"));
}

QString yuan(qint64 fen)
{
    return formatYuan(fen);
}

QString spacer(int height)
{
    return QStringLiteral("<p><img src=\"spacer\" width=\"1\" height=\"%1\"></p>").arg(height);
}

QImage blankImage()
{
    QImage image(1, 1, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    return image;
}

QString cover(const QString &kind, const QString &title, const QStringList &lines)
{
    QString html = spacer(40);
    html += QStringLiteral("<p style=\"font-size: 13pt; color: #555555;\" align=\"center\">%1</p>").arg(esc(kind));
    html += QStringLiteral("<h1 align=\"center\">%1</h1>").arg(esc(title));
    for (const QString &line : lines)
        html += QStringLiteral("<p align=\"center\" style=\"font-size: 12pt;\">%1</p>").arg(esc(line));
    return html;
}

} // namespace casedesk::reporthtml
