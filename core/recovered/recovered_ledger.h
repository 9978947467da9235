#pragma once

#include "recovered/recovered_entry.h"
#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// What a record (an agreement's performance, a court outcome, a payout, a group outcome, a
// sum typed in) puts on the case's recovered-money ledger.
struct RecoveryPosting {
    qint64 caseId = 0;
    RecoverySource source = RecoverySource::OnSite;
    qint64 sourceRef = 0;
    qint64 amountFen = 0; // the record's amount now; 0 takes its entry off
    QDate on;             // the day the money was recovered
    QString note;
    QString auditAction;   // the history line's action, e.g. "fund_payout"
    bool newEntry = false; // a sum typed in: always a new entry (else the record's entry is updated)
};

// Runs inside the caller's transaction (the caller checked the permission; `actor` is the
// signed-in user's name). A new entry on a case that already has money from another source
// is refused with a question (field kSameMoneyField) unless `decision` says it is the same
// money (the entry is linked and counted once) or separate money; a case total going above
// a known amount involved is refused (field kAboveAmountField) unless confirmed. Bumps the
// case's version and writes its history when the entry changes. Returns the entry's id (0
// when it was taken off).
Result<qint64> postRecovery(const QSqlDatabase &db, const RecoveryPosting &posting, const RecoveryDecision &decision,
                            const QString &actor, const QDateTime &now);

// Whether `error` is one of postRecovery's questions (the window asks it and tries again).
bool asksSameMoney(const Error &error);
bool asksAboveAmount(const Error &error);

// Sums typed in for a case (enterprise settlement, on site) and the ledger's views.
// Recording needs Permission::WorkCase and runs in one transaction.
class RecoveredMoneyService {
public:
    explicit RecoveredMoneyService(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<RecoveredEntry>> entries(qint64 caseId) const;
    Result<qint64> record(qint64 caseId, RecoverySource source, qint64 amountFen, const QDate &on, const QString &note,
                          const RecoveryDecision &decision, const QString &actor,
                          const QDateTime &now = QDateTime::currentDateTime());
    // Takes back a sum typed in by mistake; the other sources change through their own records.
    Status remove(qint64 entryId, const QString &actor, const QDateTime &now = QDateTime::currentDateTime());
    // Cases recovered above their amount involved: for checking old figures, and with dates
    // (the cases finished in a period) for a report.
    Result<QList<RecoveredAboveAmount>> aboveAmount(const QDate &closedFrom = {}, const QDate &closedTo = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
