#pragma once

#include "followup/follow_up.h"
#include "result.h"

#include <QDate>
#include <QSqlDatabase>

namespace casedesk {

// What a caseworker enters after calling the consumer back.
struct FollowUpRequest {
    qint64 caseId = 0;
    QDateTime at; // when the call took place; invalid: now
    bool reached = false;
    FollowUpResult result = FollowUpResult::None; // required when reached, none otherwise
    int attitude = 0;                             // 0 (not rated) or 1–5
    QString comment;
    bool spotCheck = false;
};

// Follow-up visits, the monthly spot check and typical cases. Every change checks the
// actor's RecordFollowUp permission and writes its audit line in the same transaction.
class FollowUpService {
public:
    explicit FollowUpService(QSqlDatabase db) : m_db(std::move(db)) {}

    // Records one visit or attempt on a finished case (closed, refused or returned).
    Result<FollowUp> record(const FollowUpRequest &request, const QString &actor,
                            const QDateTime &now = QDateTime::currentDateTime());
    Result<QList<FollowUp>> visits(qint64 caseId) const;

    // Draws `share` (0 < share ≤ 1) of each caseworker's cases closed in the month of
    // `month` for a spot check. A month already drawn keeps its sample: the call returns it.
    Result<QList<SpotCheck>> drawSpotChecks(QDate month, double share, const QString &actor,
                                            const QDateTime &now = QDateTime::currentDateTime());
    Result<QList<SpotCheck>> spotChecks(QDate month) const;

    // Flags the case as typical with a title and a short write-up (or changes them).
    Result<TypicalCase> markTypical(qint64 caseId, const QString &title, const QString &summary, const QString &actor,
                                    const QDateTime &now = QDateTime::currentDateTime());
    Status unmarkTypical(qint64 caseId, const QString &actor, const QDateTime &now = QDateTime::currentDateTime());
    Result<QList<TypicalCase>> typicalCases(QDate from = {}, QDate to = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
