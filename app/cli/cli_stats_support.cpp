#include "cli_stats_support.h"

#include "cli_support.h"
#include "stats/report_summary.h"
#include "stats/stats_summary_counter.h"
#include "storage/taxonomy_repository.h"

#include <QCoreApplication>
#include <QFile>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


} // namespace

StatsFilterOptions::StatsFilterOptions()
    : m_district(QStringLiteral("district"), Msg::tr("Only businesses in this district."), Msg::tr("NAME")),
      m_street(QStringLiteral("street"), Msg::tr("Only businesses in this street."), Msg::tr("NAME")),
      m_category(QStringLiteral("category"), Msg::tr("Only this complaint category (its Chinese name)."),
                 Msg::tr("NAME")),
      m_channel(QStringLiteral("channel"), Msg::tr("Only this channel code (12315, 12345, phone, ...)."),
                Msg::tr("CODE")),
      m_caseworker(QStringLiteral("caseworker"), Msg::tr("Only this caseworker's cases."), Msg::tr("NAME")),
      m_business(QStringLiteral("business"), Msg::tr("Only this business (its internal id)."), Msg::tr("ID"))
{
}

void StatsFilterOptions::addTo(QCommandLineParser &parser) const
{
    for (const auto &option : {m_district, m_street, m_category, m_channel, m_caseworker, m_business})
        parser.addOption(option);
}

Result<StatsFilter> StatsFilterOptions::filter(const QCommandLineParser &parser, const QSqlDatabase &db) const
{
    StatsFilter f;
    f.district = parser.value(m_district).trimmed();
    f.street = parser.value(m_street).trimmed();
    f.caseworker = parser.value(m_caseworker).trimmed();
    if (parser.isSet(m_channel)) {
        const auto channel = channelFromCode(parser.value(m_channel));
        if (!channel)
            return usageError(Msg::tr("Unknown channel \"%1\".").arg(parser.value(m_channel)));
        f.channel = *channel;
    }
    if (parser.isSet(m_business)) {
        bool ok = false;
        f.businessId = parser.value(m_business).toLongLong(&ok);
        if (!ok || *f.businessId <= 0)
            return usageError(Msg::tr("--business takes the business's id, a whole number."));
    }
    if (parser.isSet(m_category)) {
        auto categories = TaxonomyRepository(db).categories(true);
        if (!categories)
            return categories.error();
        for (const Category &category : categories.value()) {
            if (category.name == parser.value(m_category) || category.nameEn == parser.value(m_category))
                f.categoryId = category.id;
        }
        if (!f.categoryId)
            return usageError(Msg::tr("Unknown category \"%1\".").arg(parser.value(m_category)));
    }
    return f;
}

Result<StatisticsService> statisticsFor(const QSqlDatabase &db, const QString &actor)
{
    auto stats = StatisticsService::forUser(db, actor);
    if (!stats)
        return stats;
    StatsSummaryCounter counter(db);
    if (auto full = counter.needsFullRecount(); full && full.value()) {
        printErr(Msg::tr("Counting the statistics of this file once; later changes are counted as they come."));
        int shown = -1;
        auto counted = counter.refresh([&shown](int done, int total) {
            const int percent = total > 0 ? done * 100 / total : 100;
            if (percent / 10 != shown / 10) {
                printErr(Msg::tr("%1% counted").arg(percent));
                shown = percent;
            }
            return true;
        });
        if (!counted)
            return counted.error();
    }
    return stats;
}

Result<QStringList> readParagraphsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("Cli", "Cannot read \"%1\": %2").arg(path, file.errorString()), {}};
    const QStringList paragraphs = summaryFromText(QString::fromUtf8(file.readAll()));
    if (paragraphs.isEmpty())
        return usageError(QCoreApplication::translate("Cli", "The file \"%1\" holds no text.").arg(path));
    return paragraphs;
}

} // namespace casedesk::cli
