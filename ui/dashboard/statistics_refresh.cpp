#include "dashboard/statistics_refresh.h"

#include "background_work.h"
#include "stats/stats_summary_counter.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Statistics)
};

} // namespace

Status refreshStatistics(QWidget *parent, const QSqlDatabase &db)
{
    auto stale = StatsSummaryCounter(db).isStale();
    if (!stale)
        return stale.error();
    if (!stale.value())
        return {};
    const WorkOptions options{Msg::tr("Statistics"), Msg::tr("Counting the statistics..."), db.databaseName(), true};
    return runWithProgress(parent, options, [](WorkContext &work) { return refreshStatistics(work); });
}

Status refreshStatistics(WorkContext &work)
{
    return StatsSummaryCounter(work.db).refresh([&work](int done, int total) { return work.progress(done, total); });
}

} // namespace casedesk
