#pragma once

#include "result.h"
#include "storage/warning_repository.h"
#include "warning/warning_rules.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// One alert: a run of complaints against one business under one rule.
struct WarningAlert {
    QString key; // "business-rule-yyyyMMdd": stable, for acknowledging from the CLI
    qint64 businessId = 0;
    QString businessName;
    QString creditCode;
    qint64 ruleId = 0;
    QString ruleName;
    WarningRun run;
    bool acknowledged = false;
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
    QString note;
};

// Alerts are the runs found in the complaints per business and day that triggers keep
// counted (schema step 16). The runs are kept (step 19) and found again, when alerts are
// asked for, for the businesses whose counts changed since: they never go stale and need no
// scan of the cases.
class WarningService {
public:
    explicit WarningService(QSqlDatabase db) : m_db(std::move(db)) {}

    // Every run under every active rule, newest first; acknowledged ones only if asked.
    Result<QList<WarningAlert>> alerts(bool includeAcknowledged = false) const;
    Result<int> unacknowledgedCount() const;
    // The same alerts from the cases themselves (one grouped query over every complaint), as
    // they were computed before the counts were kept: what the tests hold alerts() to.
    Result<QList<WarningAlert>> alertsFromCases(bool includeAcknowledged = false) const;

    // Marks the alert seen (WorkCase); acknowledging twice keeps the first.
    Status acknowledge(const QString &key, const QString &note, const QString &actor,
                       const QDateTime &now = QDateTime::currentDateTime());

    Result<QList<WarningRule>> rules() const;
    // Adds (id 0) or changes a rule (ManageDirectories). Returns its id.
    Result<qint64> saveRule(const WarningRule &rule, const QString &actor);
    Status removeRule(qint64 ruleId, const QString &actor);

private:
    Result<QList<WarningAlert>> computeAlerts(bool includeAcknowledged, bool stored) const;
    // The runs kept in the database, found again first for the businesses whose daily counts
    // changed since (schema step 19).
    Result<QList<StoredWarningRun>> keptRuns(const QList<WarningRule> &rules) const;
    // The runs found from every case, as before anything was kept.
    Result<QList<StoredWarningRun>> runsFromCases(const QList<WarningRule> &rules) const;

    QSqlDatabase m_db;
};

} // namespace casedesk
