#include "stats/report_content.h"

#include "storage/trail_anchors.h"

#include "followup/follow_up_service.h"
#include "storage/settings_repository.h"
#include "storage/taxonomy_repository.h"

#include <QCoreApplication>

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
    auto top = stats.topBusinesses(period, filter, 10);
    if (!top)
        return top.error();
    r.topBusinesses = top.value();
    auto hot = stats.hotIndustries(period, filter, 5);
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

    r.chartYear = period.to.year();
    auto thisYear = stats.monthlyReceived(r.chartYear, filter);
    if (!thisYear)
        return thisYear.error();
    auto lastYear = stats.monthlyReceived(r.chartYear - 1, filter);
    if (!lastYear)
        return lastYear.error();
    r.monthlyThisYear = thisYear.value();
    r.monthlyLastYear = lastYear.value();
    auto months = stats.monthlyCounts(r.chartYear, period.to);
    if (!months)
        return months.error();
    r.monthlyCounts = months.value();
    return r;
}

} // namespace casedesk
