#pragma once

#include "result.h"
#include "stats/statistics_service.h"
#include "stats/stats_figures.h"

#include <QCommandLineParser>
#include <QSqlDatabase>

// The filter options that `stats` and `report` share.
namespace casedesk::cli {

class StatsFilterOptions {
public:
    StatsFilterOptions();
    void addTo(QCommandLineParser &parser) const;
    // The filter the options ask for; a category is looked up by name in `db`.
    Result<StatsFilter> filter(const QCommandLineParser &parser, const QSqlDatabase &db) const;

private:
    QCommandLineOption m_district;
    QCommandLineOption m_street;
    QCommandLineOption m_category;
    QCommandLineOption m_channel;
    QCommandLineOption m_caseworker;
    QCommandLineOption m_business;
};

// The statistics service for `actor`. When the file's summaries must be counted in full
// first (after an upgrade or a bulk import), that is done here with its progress on stderr,
// so a long first count is not mistaken for a hang.
Result<StatisticsService> statisticsFor(const QSqlDatabase &db, const QString &actor);

// A document's written text as a user edited it in a file (`report --summary-file`,
// `notice-quarter --analysis-file`): UTF-8, a blank line between paragraphs; an error when the
// file cannot be read or holds no text.
Result<QStringList> readParagraphsFile(const QString &path);

} // namespace casedesk::cli
