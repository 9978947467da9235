#pragma once

#include "result.h"
#include "stats/on_time.h"
#include "stats/stats_figures.h"

#include <QDate>
#include <QMap>
#include <QSqlDatabase>

// The statistics counted live: GROUP BY queries with parameters over the case tables. They
// answer what the summaries cannot (a range of days, a filter other than the district) and
// are the reference the summaries are tested against (stats_summary_reader.h).
//
// Dates: `from` and `to` are inclusive local dates. Stored times are ISO-8601 text with
// their offset, so a day's rows are those whose text starts with that date; the bounds are
// compared as text (`>= 'from'` and `< 'to + 1 day'`), which uses the indexes.

namespace casedesk {

// A group's name for people from what is stored: categories in the UI's language, codes
// of nature and channel as their labels, anything else as it is.
QString statsGroupLabel(StatsDimension dimension, const QString &stored, const QString &storedEn = {});

class StatsRepository {
public:
    explicit StatsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // received, amountFen, hotline of the cases received in the period.
    Status addReceived(QDate from, QDate to, const StatsFilter &filter, PeriodCounts &counts) const;
    // notAccepted: the cases received in the period that were refused or returned or still wait
    // for the decision (an index on status answers it; the summaries do not keep it).
    Status addNotAccepted(QDate from, QDate to, const StatsFilter &filter, PeriodCounts &counts) const;
    // finished, resolved, recoveredFen of the cases closed in the period.
    Status addFinished(QDate from, QDate to, const StatsFilter &filter, PeriodCounts &counts) const;
    // agreements and terminations reached in the period.
    Status addMediations(QDate from, QDate to, const StatsFilter &filter, PeriodCounts &counts) const;
    // follow-up results recorded in the period.
    Status addFollowUps(QDate from, QDate to, const StatsFilter &filter, PeriodCounts &counts) const;
    // The cases closed in the period, for the on-time check.
    Result<QList<FinishedCase>> finishedCases(QDate from, QDate to, const StatsFilter &filter) const;
    // The cases received in the period, as the first-response check reads them.
    Result<QList<ReceivedCase>> receivedCases(QDate from, QDate to, const StatsFilter &filter) const;

    // Cases received (and closed) in the period, grouped; in no particular order.
    Result<QList<BreakdownRow>> breakdown(StatsDimension dimension, QDate from, QDate to,
                                          const StatsFilter &filter) const;
    // Cases received per month ("2026-03" → count) in the period.
    Result<QMap<QString, qint64>> receivedByMonth(QDate from, QDate to, const StatsFilter &filter) const;

    // The ids of the cases closed in the period that the filter admits: the cases whose money
    // the period's money recovered counts.
    Result<QList<qint64>> finishedCaseIds(QDate from, QDate to, const StatsFilter &filter) const;
    // The cases flagged as typical in the period that the filter admits.
    Result<QList<qint64>> typicalCaseIds(QDate from, QDate to, const StatsFilter &filter) const;
    // The districts businesses are recorded in, for the filter lists.
    Result<QStringList> districts() const;
    // A business's name (empty if there is none with that id).
    Result<QString> businessName(qint64 id) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
