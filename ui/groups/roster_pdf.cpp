#include "roster_pdf.h"

#include "documents/pdf_document.h"
#include "domain/money.h"
#include "groups/roster_csv.h"

#include <QCoreApplication>
#include <QDate>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(RosterPdf)
};

} // namespace

QString rosterHtml(const GroupView &view, const QString &council)
{
    const RosterTable table = rosterTable(view);
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(table.title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(Msg::tr("Council: %1. Business complained about: %2. Prepared on %3.")
                         .arg(council.toHtmlEscaped(),
                              (view.group.businessName.isEmpty() ? Msg::tr("several businesses") : view.group.businessName)
                                  .toHtmlEscaped(),
                              QDate::currentDate().toString(Qt::ISODate)));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const QString &header : table.headers)
        html += QStringLiteral("<th>%1</th>").arg(header.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < table.rows.size(); ++r) {
        const bool total = r == table.rows.size() - 1;
        html += QStringLiteral("<tr>");
        for (int c = 0; c < table.rows.at(r).size(); ++c) {
            const QString cell = table.rows.at(r).at(c).toHtmlEscaped();
            const QString align = c >= 5 ? QStringLiteral(" align=\"right\"") : QString();
            html += total ? QStringLiteral("<td%1><b>%2</b></td>").arg(align, cell)
                          : QStringLiteral("<td%1>%2</td>").arg(align, cell);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>%1</p></body></html>")
                .arg(Msg::tr("Phone numbers are masked. Amounts in yuan; the claim is the amount under the group's "
                             "outcome where one is recorded, else the card balance, else the amount involved.")
                         .toHtmlEscaped());
    return html;
}

Status writeRosterPdf(const GroupView &view, const QString &council, const QString &path)
{
    PdfOptions options;
    options.title = rosterTable(view).title;
    options.fontPointSize = 9.5; // eight columns across A4
    return writeHtmlPdf(rosterHtml(view, council), path, options);
}

} // namespace casedesk
