#pragma once

#include "result.h"
#include "warning/warning_rules.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

namespace casedesk {

// An acknowledged alert, as kept in warning_alerts (alerts themselves are computed).
struct AlertAcknowledgement {
    qint64 businessId = 0;
    qint64 ruleId = 0;
    QDate firstDay;
    QDateTime at;
    QString by;
    QString note;
};

// A run as kept in warning_runs: found under one rule for one business.
struct StoredWarningRun {
    qint64 ruleId = 0;
    qint64 businessId = 0;
    WarningRun run;
};

// The SQL of early warning: rules, daily counts per business, acknowledgements.
class WarningRepository {
public:
    explicit WarningRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<WarningRule>> rules() const;
    Result<qint64> insertRule(const WarningRule &rule);
    Status updateRule(const WarningRule &rule);
    Status removeRule(qint64 ruleId);

    // Complaints per business and received day (local date), with how many have card details,
    // grouped from every case: what the stored counts below are tested against.
    Result<QHash<qint64, QList<DayCount>>> dailyCounts() const;
    // The same from the counts kept by triggers (business_day_counts, schema step 16), for
    // the businesses that can reach at least one of `rules`' floors at all: their weighted
    // complaints over all time reach minCount. A rule cannot fire for the others.
    Result<QHash<qint64, QList<DayCount>>> storedDailyCounts(const QList<WarningRule> &rules) const;
    // The statement storedDailyCounts() runs, with its values (empty with no active rule).
    static std::pair<QString, QVariantList> storedDailyCountsStatement(const QList<WarningRule> &rules);
    // The same for some businesses only.
    Result<QHash<qint64, QList<DayCount>>> storedDailyCountsOf(const QList<qint64> &businessIds) const;
    // The first day any business has complaints (invalid if none).
    Result<QDate> firstStoredDay() const;

    // The runs kept (schema step 19), and what they were found with.
    Result<QList<StoredWarningRun>> storedRuns() const;
    // The businesses whose daily counts changed since their runs were found (0: all of
    // them), and the first day on record then (invalid if none yet).
    Result<QList<qint64>> businessesToLookAtAgain() const;
    Result<QDate> runsObservedFrom() const;
    // Inside the transaction that finds the runs again, before businessesToLookAtAgain():
    // keeps the counts from changing under it on a server (a file's write lock does that).
    Status holdDailyCounts();
    // Replaces the runs of `businessIds` (all if it holds 0) by `runs`, found with
    // `observedFrom`, and clears those businesses' notes.
    Status replaceRuns(const QList<qint64> &businessIds, const QList<StoredWarningRun> &runs, const QDate &observedFrom);
    // The runs read bare (casedesk-bench's floor).
    static QString storedRunsStatement();
    // Business names and credit codes by id, for the businesses in `ids`.
    Result<QHash<qint64, std::pair<QString, QString>>> businessNames(const QList<qint64> &ids) const;

    Result<QList<AlertAcknowledgement>> acknowledgements() const;
    Status acknowledge(const AlertAcknowledgement &ack, const WarningRun &run);

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
