#include "stats/report_summary.h"

#include "domain/money.h"
#include "stats/report_content.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(ReportSummary)
};

// "up 25.0%", "down 4.0%", "unchanged", or that there is nothing to compare with. The figure is
// formatted as in the tables (formatChange without its sign).
QString changeWords(std::optional<double> change)
{
    if (!change)
        return Msg::tr("with nothing to compare with");
    QString figure = formatChange(change);
    if (figure == QLatin1String("0.0%"))
        return Msg::tr("unchanged");
    figure.remove(0, 1); // the sign: said in words
    return *change > 0 ? Msg::tr("up %1").arg(figure) : Msg::tr("down %1").arg(figure);
}

// The same for a rate, in percentage points.
QString pointWords(std::optional<double> change)
{
    if (!change)
        return Msg::tr("with nothing to compare with");
    QString figure = formatPointChange(change);
    if (figure.startsWith(QLatin1String("0.0")))
        return Msg::tr("unchanged");
    figure.remove(0, 1);
    return *change > 0 ? Msg::tr("up %1").arg(figure) : Msg::tr("down %1").arg(figure);
}

// Two sentences of a paragraph one after the other (Chinese puts no space between them).
QString then(const QString &first, const QString &second)
{
    return Msg::tr("%1 %2", "two sentences one after the other; Chinese: %1%2").arg(first, second);
}

QString yuan(qint64 fen)
{
    return Msg::tr("¥%1").arg(formatYuan(fen));
}

QString volumeParagraph(const ReportContent &c)
{
    const StatsSummary &s = c.summary;
    const PeriodCounts &now = s.current;
    QString text = Msg::tr("Complaints received in %1: %2, %3 year on year and %4 against %5.")
                       .arg(s.period.label())
                       .arg(now.received)
                       .arg(changeWords(relativeChange(now.received, s.lastYear.received)),
                            changeWords(relativeChange(now.received, s.previous.received)),
                            s.period.previous().label());
    text = then(text, Msg::tr("Accepted: %1; refused, returned or still awaiting the decision: %2.")
                .arg(now.accepted())
                .arg(now.notAccepted));
    text = then(text, Msg::tr("Amount involved: %1; money recovered for consumers on the cases closed (%2): %3.")
                .arg(yuan(now.amountFen))
                .arg(now.finished)
                .arg(yuan(now.recoveredFen)));
    if (!c.recoveredAbove.isEmpty())
        text = then(text, Msg::tr("Closed cases whose money recovered is above their amount involved: %1 (listed "
                                  "at the end of the report).")
                              .arg(c.recoveredAbove.size()));
    return text;
}

QString categoryParagraph(const ReportContent &c)
{
    if (c.byCategory.isEmpty() || c.summary.current.received == 0)
        return Msg::tr("No complaints were received in this period.");
    QStringList parts;
    const int shown = int(std::min<qsizetype>(c.byCategory.size(), kSummaryTopCategories));
    for (int i = 0; i < shown; ++i) {
        const BreakdownRow &row = c.byCategory.at(i);
        qint64 before = 0;
        for (const BreakdownRow &old : c.byCategoryLastYear) {
            if (old.key == row.key)
                before = old.received;
        }
        parts.append(Msg::tr("%1 with %2 (%3 of all, %4 year on year)")
                         .arg(row.label)
                         .arg(row.received)
                         .arg(formatPercent(Rate{row.received, c.summary.current.received}),
                              changeWords(relativeChange(row.received, before))));
    }
    QString text = Msg::tr("Largest categories (top %1 by number of complaints): %2.")
                       .arg(shown)
                       .arg(parts.join(Msg::tr("; ")));
    if (!c.hotIndustries.isEmpty()) {
        const GrowthRow &hot = c.hotIndustries.first();
        text = then(text, Msg::tr("The category that grew most against the same period last year was %1 (%2 "
                                  "against %3).")
                              .arg(hot.label)
                              .arg(hot.current)
                              .arg(hot.lastYear));
    }
    return text;
}

QString ratesParagraph(const ReportContent &c)
{
    const StatsSummary &s = c.summary;
    const PeriodCounts &now = s.current;
    QString text =
        Msg::tr("Complaint resolution rate (resolved ÷ accepted, as the published figures count it): %1, %2 year on "
                "year. Resolution rate of closed cases (resolved ÷ closed): %3 (%4 of %5), %6 year on year.")
            .arg(formatPercent(complaintResolutionRate(now)),
                 pointWords(pointChange(complaintResolutionRate(now), complaintResolutionRate(s.lastYear))),
                 formatPercent(resolutionRate(now)))
            .arg(now.resolved)
            .arg(now.finished)
            .arg(pointWords(pointChange(resolutionRate(now), resolutionRate(s.lastYear))));
    if (now.followUpsWithResult() == 0)
        text = then(text, Msg::tr("No follow-up visit recorded a result, so there is no satisfaction rate."));
    else
        text = then(text, Msg::tr("Satisfaction rate: %1 (follow-up visits with a result: %2), %3 year on year.")
                              .arg(formatPercent(satisfactionRate(now)))
                              .arg(now.followUpsWithResult())
                              .arg(pointWords(pointChange(satisfactionRate(now), satisfactionRate(s.lastYear)))));
    text = then(text, Msg::tr("On-time rate: %1; mediation success rate: %2.")
                .arg(formatPercent(onTimeRate(now)), formatPercent(mediationSuccessRate(now))));
    return text;
}

QString alertsParagraph(const ReportContent &c)
{
    if (c.alertCount == 0)
        return Msg::tr("No sudden run of complaints against one business was flagged in this period.");
    return Msg::tr("Sudden runs of complaints against one business flagged in this period (early warning): %1, "
                   "concerning %2.")
        .arg(c.alertCount)
        .arg(c.alertBusinesses.join(Msg::tr(", ")));
}

} // namespace

QStringList generatedSummary(const ReportContent &content)
{
    return {volumeParagraph(content), categoryParagraph(content), ratesParagraph(content), alertsParagraph(content)};
}

QString summaryToText(const QStringList &paragraphs)
{
    return paragraphs.join(QStringLiteral("\n\n"));
}

QStringList summaryFromText(const QString &text)
{
    QStringList paragraphs;
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    for (const QString &part : text.split(blankLine)) {
        const QString trimmed = part.simplified();
        if (!trimmed.isEmpty())
            paragraphs.append(trimmed);
    }
    return paragraphs;
}

} // namespace casedesk
