#include "reports/notice_document.h"

#include "reports/report_html.h"
#include "reports/report_pdf.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace casedesk {
namespace {

using namespace reporthtml;

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(NoticeDocument)
};

QString count(int n) { return QString::number(n); }

QStringList rankingCells(const QString &rank, const QString &name, const EnterpriseQuarter &e)
{
    const auto days = e.averageAnswerDays();
    return {rank,
            name,
            count(e.received),
            count(e.forwarded),
            count(e.settled),
            formatPercent(e.settlementRate()),
            count(e.settledOnTime),
            count(e.answeredLate),
            count(e.cameBack),
            count(e.unanswered),
            days ? QString::number(*days, 'f', 1) : QStringLiteral("—"),
            yuan(e.recoveredFen)};
}

// A row whose second cell (the enterprise) is text too.
QString rankingRow(const QStringList &cells)
{
    QString row = QStringLiteral("<tr>");
    for (int i = 0; i < cells.size(); ++i)
        row += (i == 1 ? QStringLiteral("<td>%1</td>") : QStringLiteral("<td class=\"num\" align=\"right\">%1</td>"))
                   .arg(esc(cells.at(i)));
    return row + QStringLiteral("</tr>");
}

// The ranking's header with the column widths a name and eleven figures need on A4.
QString rankingHeader()
{
    const QStringList headers = noticeRankingHeaders();
    QString row = QStringLiteral("<tr>");
    for (int i = 0; i < headers.size(); ++i) {
        const int width = i == 0 ? 5 : i == 1 ? 21 : i == headers.size() - 1 ? 10 : 7;
        row += QStringLiteral("<th width=\"%1%\">%2</th>").arg(width).arg(esc(headers.at(i)));
    }
    return row + QStringLiteral("</tr>");
}

} // namespace

QString noticeTitle(const QuarterlyNotice &notice)
{
    return Msg::tr("Networked enterprises' handling of consumer complaints, %1").arg(notice.quarter.label());
}

QString noticeHtml(const QuarterlyNotice &n)
{
    QString html = QStringLiteral("<html><head>") + style() +
                   QStringLiteral("<style>table.rank td, table.rank th { font-size: 8pt; padding: 3px; }</style>"
                                  "</head><body>");
    html += cover(Msg::tr("Quarterly notice"), noticeTitle(n),
                  {Msg::tr("Period: %1 to %2").arg(reportDate(n.quarter.from), reportDate(n.quarter.to)),
                   Msg::tr("%1 · prepared %2").arg(n.councilName, reportDate(n.generatedAt.date()))});
    html += spacer(16);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Msg::tr("Analysis")));
    for (const QString &paragraph : n.analysis)
        html += QStringLiteral("<p style=\"font-size: 11pt; line-height: 150%;\">%1</p>").arg(esc(paragraph));
    html += spacer(36);
    html += QStringLiteral("<p style=\"font-size: 11pt; page-break-after: always;\">%1</p>")
                .arg(esc(Msg::tr("Approved for release (signature): ____________________      Date: ____________")));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(Msg::tr("1. The enterprises ranked by first-settlement rate")));
    if (n.enterprises.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Msg::tr("No enterprise had a complaint-network agreement or a forwarded complaint in "
                                     "this quarter.")));
    } else {
        QString rows;
        for (const EnterpriseQuarter &e : n.enterprises)
            rows += rankingRow(rankingCells(e.rank > 0 ? count(e.rank) : QStringLiteral("—"), e.name, e));
        rows += rankingRow(rankingCells(QString(), Msg::tr("Total"), n.total));
        html += table(rankingHeader(), rows)
                    .replace(QStringLiteral("class=\"data\""), QStringLiteral("class=\"data rank\""));
    }
    html += note(Msg::tr("Forwarded: complaints the council forwarded to the enterprise in the quarter; their answers "
                         "are counted up to the day the notice was prepared. First-settlement rate: settled by the "
                         "enterprise ÷ forwarded. Within the deadline: answered on or before the last day the rules "
                         "give the enterprise (10 working days unless the council's rules say otherwise). Came back: "
                         "the enterprise could not settle and the council took the case back. Working days count the "
                         "council's working calendar. Enterprises with nothing forwarded are listed last, unranked."));
    if (n.forwardedElsewhere > 0)
        html += note(Msg::tr("Not in this notice: %n complaints forwarded in the quarter to businesses without a "
                             "complaint-network agreement.",
                             nullptr, n.forwardedElsewhere));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(Msg::tr("2. Industries with the most complaints")));
    if (n.industries.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(Msg::tr("No complaint about these enterprises in this quarter.")));
    } else {
        QString rows;
        for (const IndustryChange &i : n.industries) {
            const int change = i.current - i.previous;
            rows += dataRow({i.category, count(i.current), count(i.previous),
                             change > 0 ? QStringLiteral("+%1").arg(change) : count(change)});
        }
        QStringList headers = noticeIndustryHeaders();
        headers[1] = n.quarter.label();
        headers[2] = n.quarter.previous().label();
        html += table(headerRow(headers), rows);
        html += note(Msg::tr("Complaints received about the enterprises listed above, by category."));
    }
    html += QStringLiteral("</body></html>");
    return html;
}

std::unique_ptr<QTextDocument> noticeDocument(const QuarterlyNotice &notice, QPagedPaintDevice *device)
{
    return makePagedDocument(noticeHtml(notice), {{QStringLiteral("spacer"), blankImage()}}, device);
}

Status writeNoticePdf(const QuarterlyNotice &notice, const QString &path)
{
    return writeHtmlPdf(noticeHtml(notice), {{QStringLiteral("spacer"), blankImage()}}, path, noticeTitle(notice));
}

} // namespace casedesk
