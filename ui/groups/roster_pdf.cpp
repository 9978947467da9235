#include "roster_pdf.h"

#include "domain/money.h"
#include "groups/roster_csv.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

// Small on purpose: issue 4 brings a shared "HTML to A4 PDF" helper (ui/documents); this
// file's renderPdf() is the part to replace with it.

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(RosterPdf)
};

const QString kFontFamily = QStringLiteral("WenQuanYi Micro Hei");

Status renderPdf(const QString &html, const QString &title, const QString &path)
{
    if (!QFontDatabase::families().contains(kFontFamily))
        return Error{ErrorCode::Io,
                     Msg::tr("The Chinese font \"%1\" is not installed, so the PDF would show boxes instead of "
                             "Chinese. Install it (Debian: fonts-wqy-microhei) and try again.")
                         .arg(kFontFamily),
                     {}};
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, Msg::tr("Cannot write %1: %2").arg(path, probe.errorString()), {}};
    probe.close();

    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("CaseDesk"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer); // before setHtml, or fonts are measured for the screen
    QFont font(kFontFamily);
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    return {};
}

} // namespace

QString rosterHtml(const GroupView &view, const QString &council)
{
    const RosterTable table = rosterTable(view);
    QString html = QStringLiteral("<html><body style=\"font-family: '%1';\">").arg(kFontFamily);
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
    return renderPdf(rosterHtml(view, council), rosterTable(view).title, path);
}

} // namespace casedesk
