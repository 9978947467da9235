#pragma once

#include "followup/follow_up.h"
#include "result.h"

#include <QDate>
#include <QMap>
#include <QSqlDatabase>

namespace casedesk {

// Rows of follow_ups, spot_checks and typical_cases (schema v9). No rules here: the
// FollowUpService checks permissions and input and calls this inside its transaction.
class FollowUpRepository {
public:
    explicit FollowUpRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> add(const FollowUp &visit);
    Result<QList<FollowUp>> forCase(qint64 complaintId) const;

    // The closed cases of one month, by caseworker (cases with no caseworker are left out).
    Result<QMap<QString, QList<qint64>>> closedCasesByCaseworker(QDate monthStart) const;
    Status addSpotCheck(const QString &month, qint64 complaintId, const QString &caseworker, const QDateTime &drawnAt,
                        const QString &drawnBy);
    Result<QList<SpotCheck>> spotChecks(const QString &month) const;
    // Whether the case is in a spot-check sample whose check visit is still to do.
    Result<bool> awaitsSpotCheck(qint64 complaintId) const;

    Status saveTypical(const TypicalCase &typical); // insert or replace the write-up
    Result<bool> removeTypical(qint64 complaintId); // false if it was not flagged
    Result<std::optional<TypicalCase>> typical(qint64 complaintId) const;
    // Flagged between `from` and `to` (inclusive dates), newest first; all when both are null.
    Result<QList<TypicalCase>> typicalCases(QDate from, QDate to) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
