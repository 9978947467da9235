#include "stats/report_content.h"

#include "storage/trail_anchors.h"

#include "followup/follow_up_service.h"
#include "recovered/recovered_ledger.h"
#include "stats/report_summary.h"
#include "storage/settings_repository.h"
#include "storage/taxonomy_repository.h"
#include "warning/warning_service.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(ReportContent)
};

} // namespace

Result<QString> describeScope(const QSqlDatabase &db, const StatsFilter &filter)
{
    QStringList parts;
    if (!filter.district.isEmpty())
        parts.append(Msg::tr("District: %1").arg(filter.district));
    if (!filter.street.isEmpty())
        parts.append(Msg::tr("Street: %1").arg(filter.street));
    if (filter.categoryId) {
        auto categories = TaxonomyRepository(db).categories(true);
        if (!categories)
            return categories.error();
        for (const Category &category : categories.value()) {
            if (category.id == *filter.categoryId)
                parts.append(Msg::tr("Category: %1").arg(categoryLabel(category)));
        }
    }
    if (filter.channel)
        parts.append(Msg::tr("Channel: %1").arg(labelOf(*filter.channel)));
    if (!filter.caseworker.isEmpty())
        parts.append(Msg::tr("Caseworker: %1").arg(filter.caseworker));
    if (filter.businessId) {
        auto name = StatsRepository(db).businessName(*filter.businessId);
        if (!name)
            return name.error();
        parts.append(Msg::tr("Business: %1").arg(name.value()));
    }
    return parts.join(Msg::tr("; "));
}

Result<ReportContent> buildReport(const QSqlDatabase &db, const StatisticsService &stats, const StatsPeriod &period,
                                  const StatsFilter &filter, const QDateTime &now)
{
    ReportContent r;
    r.generatedAt = now;
    auto council = SettingsRepository(db).value(QStringLiteral("council_name"));
    if (!council)
        return council.error();
    r.councilName = council.value();
    auto heads = currentHeads(db);
    if (!heads)
        return heads.error();
    r.trailAnchor = anchorFooterText(heads.value());
    auto scope = describeScope(db, filter);
    if (!scope)
        return scope.error();
    r.scope = scope.value();
    auto summary = stats.summary(period, filter);
    if (!summary)
        return summary.error();
    r.summary = summary.value();
    r.measures = measureLines(r.summary);

    struct Table {
        StatsDimension dimension;
        QList<BreakdownRow> *rows;
    };
    for (const Table &t :
         {Table{StatsDimension::Category, &r.byCategory}, Table{StatsDimension::District, &r.byDistrict},
          Table{StatsDimension::Channel, &r.byChannel}, Table{StatsDimension::Nature, &r.byNature}}) {
        auto rows = stats.breakdown(t.dimension, period, filter);
        if (!rows)
            return rows.error();
        *t.rows = rows.value();
    }
    auto categoriesLastYear = stats.breakdown(StatsDimension::Category, period.sameLastYear(), filter);
    if (!categoriesLastYear)
        return categoriesLastYear.error();
    r.byCategoryLastYear = categoriesLastYear.value();
    auto top = stats.topBusinesses(period, filter, kReportTopBusinesses);
    if (!top)
        return top.error();
    r.topBusinesses = top.value();
    auto hot = stats.hotIndustries(period, filter, kReportHotIndustries);
    if (!hot)
        return hot.error();
    r.hotIndustries = hot.value();
    auto typical = FollowUpService(db).typicalCases(period.from, period.to);
    if (!typical)
        return typical.error();
    auto admitted = stats.typicalCaseIds(period, filter);
    if (!admitted)
        return admitted.error();
    for (const TypicalCase &t : typical.value()) {
        if (!admitted->contains(t.complaintId))
            continue;
        ++r.typicalCaseCount;
        if (r.typicalCases.size() < kReportTypicalCases)
            r.typicalCases.append(t);
    }

    // Recovered above the amount involved: among the cases whose money this period counts.
    auto above = RecoveredMoneyService(db).aboveAmount(period.from, period.to);
    if (!above)
        return above.error();
    auto finished = stats.finishedCaseIds(period, filter);
    if (!finished)
        return finished.error();
    const QSet<qint64> counted(finished->cbegin(), finished->cend());
    for (const RecoveredAboveAmount &a : above.value()) {
        if (counted.contains(a.complaintId))
            r.recoveredAbove.append(a);
    }

    r.chartYear = period.to.year();
    auto thisYear = stats.monthlyReceived(r.chartYear, filter);
    if (!thisYear)
        return thisYear.error();
    auto lastYear = stats.monthlyReceived(r.chartYear - 1, filter);
    if (!lastYear)
        return lastYear.error();
    r.monthlyThisYear = thisYear.value();
    r.monthlyLastYear = lastYear.value();
    auto months = stats.monthlyCounts(r.chartYear, period.to, filter);
    if (!months)
        return months.error();
    r.monthlyCounts = months.value();

    auto alerts = WarningService(db).alerts(true); // acknowledged or not: they happened in the period
    if (!alerts)
        return alerts.error();
    QList<WarningAlert> inPeriod;
    for (const WarningAlert &a : alerts.value()) {
        if (a.run.firstDay <= period.to && a.run.lastDay >= period.from
            && (!filter.businessId || *filter.businessId == a.businessId))
            inPeriod.append(a);
    }
    std::stable_sort(inPeriod.begin(), inPeriod.end(), [](const WarningAlert &a, const WarningAlert &b) {
        return a.run.complaints > b.run.complaints;
    });
    r.alertCount = int(inPeriod.size());
    for (const WarningAlert &a : inPeriod) {
        if (!r.alertBusinesses.contains(a.businessName))
            r.alertBusinesses.append(a.businessName);
    }
    r.summaryParagraphs = generatedSummary(r);
    return r;
}

} // namespace casedesk
