#pragma once

#include "domain/complaint.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace casedesk {

// Stores complaints with their parties. Every write validates first, runs in one
// transaction and records its audit lines in that same transaction.
class ComplaintRepository {
public:
    explicit ComplaintRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Registers a new complaint: assigns the case number (from the received year and the
    // office prefix) and returns the stored case with id and version 1. Its status must be
    // registered.
    Result<Complaint> add(const Complaint &complaint, const QString &actor,
                          const QDateTime &now = QDateTime::currentDateTime());

    // Registers several complaints all or nothing (an import): if one is refused, none is
    // stored, and the message says which item (1-based) was wrong.
    Result<QList<Complaint>> addAll(const QList<Complaint> &complaints, const QString &actor,
                                    const QDateTime &now = QDateTime::currentDateTime());

    // Like addAll, with `alsoWrite(index, caseId)` run for each new case inside the same
    // transaction: a registration that stores more than the case (its prepaid card, see
    // prepaid/case_registration.h) is all or nothing too.
    using AlsoWrite = std::function<Status(int index, qint64 caseId)>;
    Result<QList<Complaint>> addAllWith(const QList<Complaint> &complaints, const QString &actor, const QDateTime &now,
                                        const AlsoWrite &alsoWrite);

    // Saves an edited case. `edited.version` must be the version that was read: if another
    // caseworker saved in between, this fails with ErrorCode::Conflict and changes nothing.
    // The status cannot be changed here (CaseTransitionService does that, with its rules).
    Result<Complaint> update(const Complaint &edited, const QString &actor,
                             const QDateTime &now = QDateTime::currentDateTime());

    // update() inside the caller's transaction (an import that also fills in cases registered
    // before), with `actor` checked by the caller for Permission::WorkCase (once for a whole
    // import): the same checks and audit lines; the caller commits, then calls
    // reindexRenamedBusinesses().
    Status updateWithin(const Complaint &edited, const QString &actor, const QDateTime &now);
    // Inside the caller's transaction, `actor` checked as for updateWithin(): a 12345 order's
    // dispatch and due times where the case has none yet (an invalid time leaves its column as it
    // is); the case's version moves on, each time is in its history, and its deadlines are worked
    // out again.
    Status fillOrderTimes(qint64 caseId, const QDateTime &dispatchedAt, const QDateTime &dueAt, const QString &actor,
                          const QDateTime &now);
    // Inside the caller's transaction: the first contact with the complainant (`methodCode`, see
    // workflow/first_contact_service.h) where the case has none yet; the case's version moves on.
    // False when one was recorded already (a colleague a moment ago): nothing changed.
    Result<bool> setFirstContact(qint64 caseId, const QDateTime &at, const QString &methodCode, const QDateTime &now);
    // After a commit: a business renamed by it has its cases re-indexed, in chunks (schema v14).
    void reindexRenamedBusinesses();

    // The cases registered with these work-order numbers (platform_ref): number → the first
    // such case's id and case number. Numbers no case has are absent.
    struct RegisteredOrder {
        qint64 id = 0;
        QString caseNumber;
    };
    Result<QHash<QString, RegisteredOrder>> casesByPlatformRef(const QStringList &references) const;

    Result<Complaint> get(qint64 id) const;
    // The stored cases with these ids, by id (ids no case has are absent): one query for a page
    // of cases.
    Result<QHash<qint64, Complaint>> casesWithIds(const QList<qint64> &ids) const;
    Result<Complaint> findByCaseNumber(const QString &caseNumber) const;

private:
    // One attempt of addAllWith() and update(), which try again when a server broke it off.
    Result<QList<Complaint>> addAllOnce(const QList<Complaint> &complaints, const QString &actor, const QDateTime &now,
                                        const AlsoWrite &alsoWrite);
    Result<Complaint> updateOnce(const Complaint &edited, const QString &actor, const QDateTime &now);
    // Whether writeEdit() checks the user (update()) or its caller did (updateWithin(): once for an import).
    enum class ActorCheck { Here, ByCaller };
    // The edit's input checks (before the user, as for a new case), the version and status checks,
    // the write, the audit lines.
    Status writeEdit(const Complaint &edited, const QString &actor, const QDateTime &now, ActorCheck actorCheck);
    Status checkNew(const Complaint &complaint, const QDateTime &now) const;
    // Inside the caller's transaction: parties, case number, the case row, its audit line.
    // What registering several cases in one transaction reads and prepares once.
    struct Batch;
    Result<qint64> insertNew(const Complaint &complaint, const QString &actor, const QDateTime &now, Batch &batch);
    // The stored cases with these ids, in the same order.
    Result<QList<Complaint>> getAll(const QList<qint64> &ids) const;
    Result<Complaint> fetchOne(const QString &whereClause, const QVariant &key) const;

    QSqlDatabase m_db;
};

} // namespace casedesk
