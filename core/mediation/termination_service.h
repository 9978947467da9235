#pragma once

#include "domain/complaint.h"
#include "mediation/mediation.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// The parties must be told of a termination within this many working days.
constexpr int kTerminationNoticeWorkingDays = 7;

// Termination of mediation (终止调解). The termination itself is the workflow's move to
// "mediation terminated" with its ground (core/domain/grounds.h); this service adds the
// deadline to tell the parties and records when and how they were told.
class TerminationService {
public:
    explicit TerminationService(QSqlDatabase db) : m_db(std::move(db)) {}

    // Moves the case from "in mediation" to "mediation terminated" (Permission::Mediate).
    Result<Complaint> terminate(qint64 caseId, const QString &ground, const QString &note, const QDateTime &at,
                                const QString &actor, const QDateTime &now = QDateTime::currentDateTime());

    // The case's latest termination with its notice deadline (working days of the file's
    // calendar); none if mediation was never terminated.
    Result<std::optional<TerminationRecord>> lastTermination(qint64 caseId) const;

    // The parties were told on `notifiedOn` (not before the termination, not in the future).
    Result<TerminationRecord> recordNotice(qint64 caseId, const QDate &notifiedOn, const QString &method,
                                           const QString &actor, const QDateTime &now = QDateTime::currentDateTime());

    // recordNotice's writing, inside the caller's transaction with the user checked (a notice
    // letter recorded as sent, LetterService): the notice of `termination`, its audit line, and
    // the case's stored deadlines (the notice meets termination_notice: it leaves the due list).
    Status noteNoticeWithin(const TerminationRecord &termination, const QDate &notifiedOn, const QString &method,
                            const QString &userName, const QDateTime &now);

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
