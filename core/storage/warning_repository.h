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

// The SQL of early warning: rules, daily counts per business, acknowledgements.
class WarningRepository {
public:
    explicit WarningRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<WarningRule>> rules() const;
    Result<qint64> insertRule(const WarningRule &rule);
    Status updateRule(const WarningRule &rule);
    Status removeRule(qint64 ruleId);

    // Complaints per business and received day (local date), with how many have card details.
    Result<QHash<qint64, QList<DayCount>>> dailyCounts() const;
    // Business names and credit codes by id, for the businesses in `ids`.
    Result<QHash<qint64, std::pair<QString, QString>>> businessNames() const;

    Result<QList<AlertAcknowledgement>> acknowledgements() const;
    Status acknowledge(const AlertAcknowledgement &ack, const WarningRun &run);

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
