#include "reports/liaison_report_document.h"

#include "liaison/liaison_report_tables.h"
#include "reports/report_html.h"
#include "reports/report_pdf.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace casedesk {
namespace {

using namespace reporthtml;

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(LiaisonReportDocument)
};

bool isText(XlsxWorkbook::Cell kind) { return kind == XlsxWorkbook::Cell::Text; }

// A table of the report: text columns left, figures right, the total row in bold; column widths
// from the workbook's, so a point's name gets the room it needs.
QString printedTable(const ReportTable &t)
{
    double widths = 0;
    for (const XlsxWorkbook::Column &c : t.columns)
        widths += c.width;
    QString header = QStringLiteral("<tr>");
    for (const XlsxWorkbook::Column &c : t.columns)
        header += QStringLiteral("<th width=\"%1%\">%2</th>").arg(qRound(100 * c.width / widths)).arg(esc(c.header));
    header += QStringLiteral("</tr>");
    QString rows;
    for (int r = 0; r < t.rows.size(); ++r) {
        const bool total = t.lastRowIsTotal && r == t.rows.size() - 1;
        rows += QStringLiteral("<tr>");
        for (int i = 0; i < t.columns.size(); ++i) {
            const XlsxWorkbook::Column &c = t.columns.at(i);
            QString text = esc(reportCellText(t.rows.at(r).value(i), c.kind));
            if (text.isEmpty() && !isText(c.kind))
                text = QStringLiteral("—");
            if (total)
                text = QStringLiteral("<b>%1</b>").arg(text);
            rows += isText(c.kind) ? QStringLiteral("<td>%1</td>").arg(text)
                                   : QStringLiteral("<td class=\"num\" align=\"right\">%1</td>").arg(text);
        }
        rows += QStringLiteral("</tr>");
    }
    const bool wide = t.columns.size() > 6;
    return table(header, rows).replace(QStringLiteral("class=\"data\""),
                                       wide ? QStringLiteral("class=\"data wide\"") : QStringLiteral("class=\"data\""));
}

} // namespace

QString liaisonReportHtml(const LiaisonReport &r)
{
    QString html = QStringLiteral("<html><head>") + style() +
                   QStringLiteral("<style>table.wide td, table.wide th { font-size: 8pt; padding: 3px; }</style>"
                                  "</head><body>");
    html += cover(r.period.kind == PeriodKind::Year ? Msg::tr("Annual report") : Msg::tr("Quarterly report"),
                  liaisonReportTitle(r),
                  {Msg::tr("Period: %1 to %2").arg(reportDate(r.period.from), reportDate(r.period.to)),
                   Msg::tr("%1 · prepared %2").arg(r.councilName, reportDate(r.generatedAt.date()))});
    html += spacer(16);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Msg::tr("Analysis")));
    for (const QString &paragraph : r.analysis)
        html += QStringLiteral("<p style=\"font-size: 11pt; line-height: 150%;\">%1</p>").arg(esc(paragraph));
    html += spacer(36);
    html += QStringLiteral("<p style=\"font-size: 11pt; page-break-after: always;\">%1</p>")
                .arg(esc(Msg::tr("Approved for release (signature): ____________________      Date: ____________")));

    for (const ReportTable &t : liaisonReportTables(r)) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(t.title));
        if (t.rows.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(t.empty));
        else
            html += printedTable(t);
        if (!t.note.isEmpty())
            html += note(t.note);
    }
    html += QStringLiteral("</body></html>");
    return html;
}

std::unique_ptr<QTextDocument> liaisonReportDocument(const LiaisonReport &report, QPagedPaintDevice *device)
{
    return makePagedDocument(liaisonReportHtml(report), {{QStringLiteral("spacer"), blankImage()}}, device);
}

Status writeLiaisonReportPdf(const LiaisonReport &report, const QString &path)
{
    return writeHtmlPdf(liaisonReportHtml(report), {{QStringLiteral("spacer"), blankImage()}}, path,
                        liaisonReportTitle(report));
}

} // namespace casedesk
