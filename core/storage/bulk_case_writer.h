#pragma once

#include "domain/case_event.h"
#include "domain/complaint.h"
#include "domain/roles.h"
#include "result.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <vector>

namespace casedesk {

class AuditChainWriter;
class SearchIndexBuilder;
class SearchIndexPause;
class TriggerPause;
class Transaction;

// Writes many cases in one transaction with prepared statements: demo data and imports.
// Rows are trusted to be valid already (the caller generated or validated them).
// Nothing is visible to other connections until commit(); destroying the writer
// without commit() rolls everything back.
class BulkCaseWriter {
public:
    explicit BulkCaseWriter(QSqlDatabase db);
    ~BulkCaseWriter();

    Status begin();
    Result<qint64> addConsumer(const Consumer &consumer, const QDateTime &createdAt);
    Result<qint64> addBusiness(const Business &business, const QDateTime &createdAt);
    // A desk user; a name that is already taken is left as it is.
    // `passwordHash`: an Argon2id string (the demo users share one); a user already there is kept.
    Status addUser(const QString &name, Role role, const QDateTime &createdAt, const QString &passwordHash = {});
    // Marks the file as a demo database (settings "demo_database" = 1), inside the transaction.
    Status markDemo();
    // The district of the demo's council (长宁区 unless the case numbers name another): after begin().
    QString councilDistrict() const;
    // complaint.consumer.id and complaint.business.id must come from the calls above; a
    // complaint.liaisonPointId, when not 0, names an existing point (a transfer's).
    // Case numbers continue the office's sequence for the received year. `events` is the
    // case's timeline (their complaintId is filled in); complaint.status, acceptedAt and
    // closedAt must agree with it, as the workflow would have left them.
    // `rows`: caseRows(complaint, events) when the caller worked them out already (the demo does
    // on its planning thread, so that the writing thread only binds and steps), else null.
    struct CaseRows;
    Result<QString> addComplaint(const Complaint &complaint, const QString &actor,
                                 const QList<CaseEvent> &events = {}, const CaseRows *rows = nullptr);
    // The values a case's rows are written with that depend on nothing written before: its
    // columns, its timeline's rows and the state stamp of its registration record (trail_state.h).
    struct CaseRows {
        QVariantList state;                 // the columns the state stamp covers, as bound
        QVariant updated, accepted, closed, firstContact; // times as bound
        QList<QStringList> events;          // each step as stored and stamped: at, actor, from, to, ground, note
        QStringList recordedAt;             // each step's recorded time as bound
        QString stamp;
        const QVariant &received() const { return state.at(8); } // the received time as stored
    };
    static CaseRows caseRows(const Complaint &complaint, const QList<CaseEvent> &events);
    // The id the last addComplaint() gave its case.
    qint64 lastComplaintId() const { return m_lastComplaintId; }
    // Builds what begin() set aside on a file with no cases (early warning's daily counts, the
    // indexes, the search index): call it after the last addComplaint() and before reading the
    // new cases back. commit() calls it too. `whileMerging` runs after the daily counts and
    // before the indexes are built, while the search index is merged on the other core: work of
    // the caller's that reads no index of the new cases (the demo's statistics count).
    Status finishIndexes(const std::function<Status()> &whileMerging = {});
    // Commits, and gives a new file back its durable settings (WAL, fsync, foreign keys).
    Status commit();
    // The connection the writer's transaction runs on (for demo extras written in it).
    QSqlDatabase database() const { return m_db; }
    // Whether the file had no cases and is written the fast way (see begin()): what it holds
    // then is only what this writer wrote.
    bool writesNewFile() const { return m_fastMode; }

private:
    struct Statements;
    void restoreSettings();
    void indexForSearch(qint64 complaintId, const QString &caseNumber, const Complaint &complaint);
    Status countBusinessDays();

    QSqlDatabase m_db;
    bool m_fastMode = false; // the file had no cases: see begin()
    std::unique_ptr<SearchIndexPause> m_searchPause;
    std::unique_ptr<SearchIndexBuilder> m_searchBuilder; // indexes the new cases on the other core
    std::unique_ptr<TriggerPause> m_statsPause;
    std::unique_ptr<TriggerPause> m_dayCountPause; // early warning's daily counts
    std::unique_ptr<TriggerPause> m_warningPause;  // early warning's notes of changed businesses
    std::unique_ptr<TriggerPause> m_ledgerPause; // see begin()
    QStringList m_droppedIndexes; // recreated by commit()
    std::unique_ptr<Transaction> m_transaction;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<AuditChainWriter> m_audit;
    QString m_prefix;
    qint64 m_lastCaseBefore = 0; // the cases after it are this writer's
    QHash<int, qint64> m_lastSequence; // per year
    qint64 m_lastComplaintId = 0;
    // Search documents made along with the cases (see begin()): the names and phones they need.
    bool m_indexDirectly = false;
    qint64 m_firstConsumerId = 0;
    QList<std::pair<QString, QString>> m_consumers; // name and phone, by id - m_firstConsumerId
    QHash<qint64, QString> m_businessNames;
    // Early warning's daily counts of a new file, counted from each new case's cell (by id - 1):
    // its business (high 32 bits) and received day (yyyymmdd).
    std::vector<quint64> m_cellOfCase;
    qint64 m_addedComplaints = 0;
};

} // namespace casedesk
