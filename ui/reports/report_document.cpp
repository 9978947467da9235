#include "reports/report_document.h"

#include "dashboard/stats_charts.h"
#include "domain/money.h"
#include "documents/pdf_document.h"
#include "reports/report_html.h"
#include "reports/report_pdf.h"

#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

namespace casedesk {
namespace {

using namespace reporthtml;

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

// Chart images: drawn at 660 × 300 logical pixels (the text width at 96 dpi), 3× sharper.
const QSize kChartSize(660, 300);

// `total`: all complaints of the period, so a top-ten table's shares are of the whole.
QString breakdownTable(const QString &groupName, const QList<BreakdownRow> &rows, int limit, qint64 total)
{
    if (rows.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(Msg::tr("No complaints in this period.")));
    const QString header =
        headerRow({groupName, Msg::tr("Complaints"), Msg::tr("Share"), Msg::tr("Amount involved (yuan)"),
                   Msg::tr("Closed"), Msg::tr("Resolution rate of closed cases")});
    QString body;
    for (int i = 0; i < rows.size() && i < limit; ++i) {
        const BreakdownRow &r = rows.at(i);
        body += dataRow({r.label, QString::number(r.received), formatPercent(Rate{r.received, total}),
                         yuan(r.amountFen), QString::number(r.finished), formatPercent(Rate{r.resolved, r.finished})});
    }
    QString html = table(header, body);
    if (rows.size() > limit)
        html += note(Msg::tr("The top %1 of %2 groups are shown (by number of complaints).").arg(limit).arg(rows.size()));
    return html;
}

// The cases whose money recovered passed their amount involved (counted in the period's
// money recovered): the largest excesses, with "and N more" when the list is longer.
QString recoveredAboveSection(const QList<RecoveredAboveAmount> &cases)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Msg::tr("9. Money recovered above the amount involved")));
    if (cases.isEmpty())
        return html + QStringLiteral("<p>%1</p>")
                          .arg(esc(Msg::tr("No case closed in this period recovered more than "
                                           "its amount involved.")));
    html += note(Msg::tr("Cases closed in this period whose money recovered is above their amount involved (from "
                         "every source, each sum counted once), largest excess first. Check each against its "
                         "ledger before the report is released."));
    QString body;
    for (int i = 0; i < cases.size() && i < kReportRecoveredAboveRows; ++i) {
        const RecoveredAboveAmount &a = cases.at(i);
        body += dataRow({a.caseNumber, yuan(a.amountFen), yuan(a.recoveredFen), yuan(a.recoveredFen - a.amountFen),
                         a.confirmed ? Msg::tr("Yes") : Msg::tr("No")});
    }
    html += table(headerRow({Msg::tr("Case"), Msg::tr("Amount involved (yuan)"), Msg::tr("Recovered (yuan)"),
                             Msg::tr("Above by (yuan)"), Msg::tr("Confirmed when recorded")}),
                  body);
    if (cases.size() > kReportRecoveredAboveRows)
        html += note(Msg::tr("And %n more.", nullptr, int(cases.size() - kReportRecoveredAboveRows)));
    return html;
}

QString image(const QString &name, const QSize &size = kChartSize)
{
    return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
        .arg(name)
        .arg(size.width())
        .arg(size.height());
}

QImage chartImage(QChart *chart, const QSize &size = kChartSize)
{
    QFont font(documentFontFamily());
    font.setPointSizeF(8.5);
    setChartFont(chart, font);
    return renderChart(chart, size, 3.0);
}

QString periodKindWord(const StatsPeriod &period)
{
    switch (period.kind) {
    case PeriodKind::Month: return Msg::tr("Monthly report");
    case PeriodKind::Quarter: return Msg::tr("Quarterly report");
    case PeriodKind::Year: return Msg::tr("Annual report");
    case PeriodKind::Range: break;
    }
    return Msg::tr("Statistics report");
}

} // namespace

QString reportTitle(const ReportContent &content)
{
    return Msg::tr("Consumer complaints statistics, %1").arg(content.summary.period.label());
}

ReportPages reportPages(const ReportContent &c)
{
    ReportPages pages;
    pages.images.insert(QStringLiteral("spacer"), blankImage());
    const StatsSummary &s = c.summary;
    QString html = QStringLiteral("<html><head>") + style() + QStringLiteral("</head><body>");

    // First page: what the report is, the written summary and the line the director signs.
    QStringList lines{Msg::tr("Period: %1 to %2").arg(reportDate(s.period.from), reportDate(s.period.to))};
    if (!c.scope.isEmpty())
        lines << Msg::tr("Scope: %1").arg(c.scope);
    lines << Msg::tr("%1 · prepared %2").arg(c.councilName, reportDate(c.generatedAt.date()));
    html += cover(periodKindWord(s.period), reportTitle(c), lines);
    html += spacer(16);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Msg::tr("Summary")));
    for (const QString &paragraph : c.summaryParagraphs)
        html += QStringLiteral("<p style=\"font-size: 11pt; line-height: 150%;\">%1</p>").arg(esc(paragraph));
    html += spacer(36);
    // Page breaks ride on real paragraphs: an empty one may itself spill onto a blank page.
    html += QStringLiteral("<p style=\"font-size: 11pt; page-break-after: always;\">%1</p>")
                .arg(esc(Msg::tr("Approved for release (signature): ____________________      Date: ____________")));

    // Headline figures.
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Msg::tr("1. Headline figures")));
    if (!c.scope.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(Msg::tr("Scope: %1").arg(c.scope)));
    QString body;
    for (const MeasureLine &line : c.measures)
        body += dataRow({line.label, line.value, line.yearOnYear, line.periodOnPeriod});
    html += table(headerRow({Msg::tr("Measure"), s.period.label(), Msg::tr("Year on year"), Msg::tr("Period on period")}),
                  body);
    html += note(Msg::tr("Year on year: against %1; period on period: against %2. Rates change in percentage points. "
                         "\"—\": no figure to compare with. Complaints received include those refused or returned; "
                         "complaints accepted are those the council took on. Complaint resolution rate: resolved ÷ "
                         "accepted, as the China Consumers Association's published figures count it (it can pass "
                         "100% when older cases are closed); resolution rate of closed cases: resolved ÷ closed.")
                     .arg(s.period.sameLastYear().label(), s.period.previous().label()));

    // Charts.
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Msg::tr("2. Complaints over time")));
    pages.images.insert(QStringLiteral("chart-monthly"),
                        chartImage(monthlyVolumeChart(c.chartYear, c.monthlyThisYear, c.monthlyLastYear)));
    html += image(QStringLiteral("chart-monthly"));
    pages.images.insert(
        QStringLiteral("chart-trend"),
        chartImage(rateTrendChart(Msg::tr("Resolution, satisfaction and on-time rates, %1").arg(c.chartYear),
                                  c.monthlyCounts)));
    // No forced break after the charts: section 3 follows on the same page when it fits (its
    // heading is kept with its chart by makePagedDocument), so no page is left with a chart alone.
    html += image(QStringLiteral("chart-trend"));

    // Tables by category, district and channel.
    constexpr int kTableRows = 30;
    constexpr int kChartBars = 10;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Msg::tr("3. By category")));
    const QString categoryChartTitle = c.byCategory.size() > kChartBars
                                           ? Msg::tr("Top %1 categories by number of complaints").arg(kChartBars)
                                           : Msg::tr("Complaints by category");
    pages.images.insert(QStringLiteral("chart-categories"),
                        chartImage(breakdownBarChart(categoryChartTitle, c.byCategory, kChartBars)));
    if (!c.byCategory.isEmpty())
        html += image(QStringLiteral("chart-categories"));
    const qint64 total = s.current.received;
    html += breakdownTable(Msg::tr("Category"), c.byCategory, kTableRows, total);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Msg::tr("4. By district")));
    html += breakdownTable(Msg::tr("District"), c.byDistrict, kTableRows, total);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Msg::tr("5. By channel")));
    const QSize pieSize(kChartSize.width(), 240);
    pages.images.insert(QStringLiteral("chart-channels"),
                        chartImage(breakdownPieChart(Msg::tr("Complaints by channel"), c.byChannel, 6), pieSize));
    if (!c.byChannel.isEmpty())
        html += image(QStringLiteral("chart-channels"), pieSize);
    html += breakdownTable(Msg::tr("Channel"), c.byChannel, kTableRows, total);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Msg::tr("6. By nature of complaint")));
    html += breakdownTable(Msg::tr("Nature"), c.byNature, kTableRows, total);

    // Hot issues.
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Msg::tr("7. Hot issues")));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(Msg::tr("Top %1 categories by growth against %2")
                             .arg(kReportHotIndustries)
                             .arg(s.period.sameLastYear().label())));
    if (c.hotIndustries.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(Msg::tr("No category grew against the same period last year.")));
    } else {
        body.clear();
        for (const GrowthRow &g : c.hotIndustries)
            body +=
                dataRow({g.label, QString::number(g.current), QString::number(g.lastYear),
                         QStringLiteral("+%1").arg(g.growth()), formatChange(relativeChange(g.current, g.lastYear))});
        html += table(headerRow({Msg::tr("Industry (category)"), s.period.label(), s.period.sameLastYear().label(),
                                 Msg::tr("Increase"), Msg::tr("Year on year")}),
                      body);
        if (c.hotIndustries.size() < kReportHotIndustries)
            html += note(Msg::tr("Categories that grew: %1; the others did not.").arg(c.hotIndustries.size()));
    }
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(Msg::tr("Top %1 businesses by number of complaints").arg(kReportTopBusinesses)));
    html += breakdownTable(Msg::tr("Business"), c.topBusinesses, kReportTopBusinesses, total);

    // Typical cases.
    html += QStringLiteral("<h2>%1</h2>").arg(esc(Msg::tr("8. Typical cases")));
    if (c.typicalCases.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(Msg::tr("No typical case was flagged in this period.")));
    else if (c.typicalCaseCount > c.typicalCases.size())
        html += note(Msg::tr("%1 typical cases were flagged in this period; the newest %2 are shown.")
                         .arg(c.typicalCaseCount)
                         .arg(c.typicalCases.size()));
    for (const TypicalCase &t : c.typicalCases) {
        html += QStringLiteral("<p><b>%1</b><br><span style=\"color: #555555;\">%2</span><br>%3</p>")
                    .arg(esc(t.title),
                         esc(Msg::tr("Case %1 · %2 · %3 · amount involved ¥%4, recovered ¥%5")
                                 .arg(t.caseNumber, t.businessName, t.categoryName, yuan(t.amountFen),
                                      yuan(t.recoveredFen))),
                         esc(t.summary));
    }
    html += recoveredAboveSection(c.recoveredAbove);
    // The trails' heads at the foot: a copy of the report is an anchor of the file's trail.
    if (!c.trailAnchor.isEmpty())
        html += QStringLiteral("<p style=\"font-size: 7pt; color: #777777;\">%1</p>").arg(esc(c.trailAnchor));
    html += QStringLiteral("</body></html>");
    pages.html = html;
    return pages;
}

std::unique_ptr<QTextDocument> reportDocument(const ReportContent &content, QPagedPaintDevice *device)
{
    const ReportPages pages = reportPages(content);
    return makePagedDocument(pages.html, pages.images, device);
}

Status writeReportPdf(const ReportContent &content, const QString &path)
{
    const ReportPages pages = reportPages(content);
    return writeHtmlPdf(pages.html, pages.images, path, reportTitle(content));
}

} // namespace casedesk
