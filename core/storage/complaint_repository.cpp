#include "storage/complaint_repository.h"

#include "liaison/liaison_access.h"

#include "storage/engine.h"

#include "auth/permissions.h"
#include "deadlines/stored_deadlines.h"
#include "storage/user_repository.h"

#include "domain/money.h"
#include "storage/audit_repository.h"
#include "storage/case_numbers.h"
#include "storage/case_search.h"
#include "storage/party_repository.h"
#include "storage/prepared_insert.h"
#include "storage/settings_repository.h"
#include "privacy/masking.h"
#include "storage/personal_sources.h"
#include "storage/sql_helpers.h"
#include "storage/stale_edit.h"
#include "storage/stored_values.h"
#include "storage/trigger_pause.h"
#include "storage/trail_state.h"
#include "validation/complaint_validator.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace casedesk {
namespace {

// From this many complaints on, an import indexes them for search at the end (see addAll).
constexpr int kIndexImportAtEnd = 50;

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// The complainant through consumersSource(): a full phone and ID number for those who may see them.
QString selectComplaint(const QSqlDatabase &db)
{
    return QStringLiteral(
        "SELECT c.id, c.case_number, c.channel, c.platform_ref, c.category_id, cat.name, c.nature, c.amount_fen, "
        "c.demand, c.facts, c.incident_date, c.received_at, c.status, c.assignee, c.version, c.created_at, "
        "c.updated_at, p.id, p.name, p.phone, p.id_number, p.address, "
        "b.id, b.name, b.credit_code, b.address, b.district, b.street, cat.name_en, c.accepted_at, c.closed_at, c.recovered_fen, "
        "c.first_contact_at, c.first_contact_method, c.order_dispatched_at, c.order_due_at, c.liaison_point_id, lp.name "
        "FROM complaints c JOIN %1 p ON p.id = c.consumer_id JOIN businesses b ON b.id = c.business_id "
        "JOIN categories cat ON cat.id = c.category_id LEFT JOIN liaison_points lp ON lp.id = c.liaison_point_id ")
        .arg(consumersSource(db));
}

// A complainant's phone and ID number go into the trail masked: the trail is kept for ever, is read
// by auditors and cannot be erased when the complainant's data leaves the desk (privacy/
// retention_service.h). The case keeps the full value.
QString trailValue(const QString &field, const QString &value)
{
    if (field == QLatin1String("consumer.phone"))
        return maskPhone(value);
    if (field == QLatin1String("consumer.idNumber"))
        return maskIdNumber(value);
    return value;
}

// A phone or ID number given back as it was read is left as it is, not judged again: a user who may
// not reveal them reads them masked from a server (personal_sources.h), and a correction of
// another field sends the masked value back (PartyRepository::saveConsumer then keeps the stored one).
QList<FieldError> withoutUnchangedContacts(QList<FieldError> problems, const Complaint &edited,
                                           const Complaint &current)
{
    problems.removeIf([&](const FieldError &problem) {
        return (problem.field == QLatin1String("consumer.phone") &&
                edited.consumer.phone.trimmed() == current.consumer.phone) ||
               (problem.field == QLatin1String("consumer.idNumber") &&
                edited.consumer.idNumber.trimmed().toUpper() == current.consumer.idNumber.toUpper());
    });
    return problems;
}

Complaint complaintFromRow(const QSqlQuery &q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.caseNumber = q.value(1).toString();
    c.channel = channelFromCode(q.value(2).toString()).value_or(Channel::Phone);
    c.platformRef = q.value(3).toString();
    c.categoryId = q.value(4).toLongLong();
    c.categoryName = q.value(5).toString();
    c.nature = natureFromCode(q.value(6).toString()).value_or(Nature::Other);
    c.amountFen = q.value(7).toLongLong();
    c.demand = q.value(8).toString();
    c.facts = q.value(9).toString();
    c.incidentDate = dateFromStored(q.value(10));
    c.receivedAt = dateTimeFromStored(q.value(11));
    c.status = statusFromCode(q.value(12).toString()).value_or(CaseStatus::Registered);
    c.assignee = q.value(13).toString();
    c.version = q.value(14).toInt();
    c.createdAt = dateTimeFromStored(q.value(15));
    c.updatedAt = dateTimeFromStored(q.value(16));
    c.consumer = {q.value(17).toLongLong(), q.value(18).toString(), q.value(19).toString(),
                  q.value(20).toString(), q.value(21).toString()};
    c.business = {q.value(22).toLongLong(), q.value(23).toString(), q.value(24).toString(),
                  q.value(25).toString(),   q.value(26).toString(), q.value(27).toString()};
    c.categoryNameEn = q.value(28).toString();
    c.acceptedAt = dateTimeFromStored(q.value(29));
    c.closedAt = dateTimeFromStored(q.value(30));
    c.recoveredFen = q.value(31).toLongLong();
    c.firstContactAt = dateTimeFromStored(q.value(32));
    c.firstContactMethod = q.value(33).toString();
    c.orderDispatchedAt = dateTimeFromStored(q.value(34));
    c.orderDueAt = dateTimeFromStored(q.value(35));
    c.liaisonPointId = q.value(36).toLongLong();
    c.liaisonPointName = q.value(37).toString();
    return c;
}

// The audited view of a case: stable field keys and their values as text.
QList<std::pair<QString, QString>> auditedFields(const Complaint &c)
{
    return {
        {QStringLiteral("consumer.name"), c.consumer.name},
        {QStringLiteral("consumer.phone"), c.consumer.phone},
        {QStringLiteral("consumer.idNumber"), c.consumer.idNumber},
        {QStringLiteral("consumer.address"), c.consumer.address},
        {QStringLiteral("business.name"), c.business.name},
        {QStringLiteral("business.creditCode"), c.business.creditCode},
        {QStringLiteral("business.address"), c.business.address},
        {QStringLiteral("business.district"), c.business.district},
        {QStringLiteral("business.street"), c.business.street},
        {QStringLiteral("channel"), codeOf(c.channel)},
        {QStringLiteral("platformRef"), c.platformRef},
        {QStringLiteral("category"), QString::number(c.categoryId)},
        {QStringLiteral("nature"), codeOf(c.nature)},
        {QStringLiteral("amount"), formatYuan(c.amountFen)},
        {QStringLiteral("demand"), c.demand},
        {QStringLiteral("facts"), c.facts},
        {QStringLiteral("incidentDate"), c.incidentDate.toString(Qt::ISODate)},
        {QStringLiteral("receivedAt"), storedDateTime(c.receivedAt)},
        {QStringLiteral("status"), codeOf(c.status)},
        {QStringLiteral("assignee"), c.assignee},
        {QStringLiteral("liaisonPointId"), c.liaisonPointId > 0 ? QString::number(c.liaisonPointId) : QString()},
    };
}

Status checkCategory(const QSqlDatabase &db, qint64 categoryId)
{
    auto found = queryScalar(db, QStringLiteral("SELECT id FROM categories WHERE id = ?"), {categoryId});
    if (!found)
        return found.error();
    if (found->isNull())
        return invalidInput({{QStringLiteral("category"), Msg::tr("The chosen category does not exist.")}});
    return {};
}

QVariantList complaintColumns(const Complaint &c, qint64 consumerId, qint64 businessId)
{
    return {consumerId,         businessId, codeOf(c.channel), c.platformRef.trimmed(), c.categoryId,
            codeOf(c.nature),   c.amountFen, c.demand,         c.facts,                 storedDate(c.incidentDate),
            storedDateTime(c.receivedAt), codeOf(c.status), c.assignee.trimmed()};
}

} // namespace

// Within one transaction the office's prefix cannot change and a category checked stays; the
// INSERT, with the triggers SQLite compiles into it, is prepared once (an import of 50,000
// cases spent a third of its time preparing it again).
struct ComplaintRepository::Batch {
    explicit Batch(const QSqlDatabase &db) : insert(db) {}
    std::optional<QString> prefix;
    QSet<qint64> categories;
    PreparedInsert insert;
    bool prepared = false;
};

Result<Complaint> ComplaintRepository::add(const Complaint &complaint, const QString &actor, const QDateTime &now)
{
    auto added = addAll({complaint}, actor, now);
    if (!added)
        return added.error();
    return added->first();
}

Result<QList<Complaint>> ComplaintRepository::addAll(const QList<Complaint> &complaints, const QString &actor,
                                                     const QDateTime &now)
{
    return addAllWith(complaints, actor, now, {});
}

Result<QList<Complaint>> ComplaintRepository::addAllWith(const QList<Complaint> &complaints, const QString &actor,
                                                         const QDateTime &now, const AlsoWrite &alsoWrite)
{
    return retryingConflicts(m_db, [&] { return addAllOnce(complaints, actor, now, alsoWrite); });
}

Result<QList<Complaint>> ComplaintRepository::addAllOnce(const QList<Complaint> &complaints, const QString &actor,
                                                         const QDateTime &now, const AlsoWrite &alsoWrite)
{
    for (int i = 0; i < complaints.size(); ++i) {
        if (auto checked = checkNew(complaints.at(i), now); !checked) {
            Error error = checked.error();
            if (complaints.size() > 1)
                error.message = Msg::tr("Item %1: %2").arg(i + 1).arg(error.message);
            return error;
        }
    }
    Transaction transaction(m_db);
    if (auto started = transaction.begin(); !started)
        return started.error();
    if (auto allowed = authorize(m_db, actor, Permission::RegisterCase); !allowed)
        return allowed.error();
    // A large import has its cases indexed for search in one statement at the end: FTS5
    // writes its pending terms out at the end of every statement of a transaction, so one
    // trigger run per case made thousands of tiny index segments to merge. Only for new
    // parties given by their details: a complainant named by id could be renamed on the way,
    // and its search trigger would then take an unindexed case out of the index. A server's
    // index (pg_trgm) has no such segments: its trigger indexes each case as it comes.
    const bool indexAtEnd = engineOf(m_db) == Engine::Sqlite && complaints.size() >= kIndexImportAtEnd &&
                            std::all_of(complaints.begin(), complaints.end(), [](const Complaint &c) {
                                return c.consumer.id <= 0 && c.business.id <= 0;
                            });
    TriggerPause searchTrigger(m_db, QStringLiteral("case_search_complaint_insert"));
    if (indexAtEnd) {
        if (auto paused = searchTrigger.pause(); !paused)
            return paused.error();
    }
    QList<qint64> ids;
    Batch batch(m_db);
    for (int i = 0; i < complaints.size(); ++i) {
        auto id = insertNew(complaints.at(i), actor, now, batch);
        if (!id) {
            Error error = id.error();
            if (complaints.size() > 1)
                error.message = Msg::tr("Item %1: %2").arg(i + 1).arg(error.message);
            return error; // the transaction rolls back: none of them is registered
        }
        if (alsoWrite) {
            if (auto written = alsoWrite(i, id.value()); !written) {
                Error error = written.error();
                if (complaints.size() > 1)
                    error.message = Msg::tr("Item %1: %2").arg(i + 1).arg(error.message);
                return error;
            }
        }
        ids.append(id.value());
    }
    // The new cases' deadlines for the due list, worked out once for the whole batch (new
    // rows take ids above every other, so the range holds this batch's cases only).
    if (!ids.isEmpty()) {
        if (auto stored = refreshStoredDeadlines(m_db, {QStringLiteral("c.id BETWEEN ? AND ?"), {ids.first(), ids.last()}}, now);
            !stored)
            return stored.error();
    }
    if (indexAtEnd) {
        // New rows take ids above every other, so the range holds this import's cases only. A
        // business renamed by an item noted them among its cases, but they were not indexed yet.
        const QVariantList range = {ids.first(), ids.last()};
        for (const QString &sql :
             {QStringLiteral("DELETE FROM case_search_stale WHERE complaint_id BETWEEN ? AND ?"),
              QStringLiteral("INSERT INTO case_search(rowid, doc) SELECT id, doc FROM case_search_source "
                             "WHERE id BETWEEN ? AND ?")}) {
            if (auto done = runQuery(m_db, sql, range); !done)
                return done.error();
        }
        if (auto resumed = searchTrigger.resume(); !resumed)
            return resumed.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    reindexRenamedBusinesses();
    return getAll(ids);
}

Result<QList<Complaint>> ComplaintRepository::getAll(const QList<qint64> &ids) const
{
    auto found = casesWithIds(ids);
    if (!found)
        return found.error();
    QList<Complaint> all;
    for (qint64 id : ids) {
        const auto it = found->constFind(id);
        if (it == found->cend())
            return Error{ErrorCode::NotFound, Msg::tr("No case %1 was found.").arg(id), {}};
        all.append(it.value());
    }
    return all;
}

Result<QHash<qint64, Complaint>> ComplaintRepository::casesWithIds(const QList<qint64> &ids) const
{
    QHash<qint64, Complaint> found;
    const Status read = runForIds(m_db, selectComplaint(m_db) + QStringLiteral("WHERE c.id IN (%1)"), ids,
                                  [&found](QSqlQuery &rows) {
                                      while (rows.next()) {
                                          Complaint c = complaintFromRow(rows);
                                          found.insert(c.id, c);
                                      }
                                  });
    if (!read)
        return read.error();
    return found;
}

Status ComplaintRepository::checkNew(const Complaint &complaint, const QDateTime &now) const
{
    if (const auto problems = validateComplaint(complaint, now); !problems.isEmpty())
        return invalidInput(problems);
    if (complaint.status != CaseStatus::Registered)
        return invalidInput({{QStringLiteral("status"),
                              Msg::tr("A new case starts as registered; its status then changes through the "
                                      "workflow.")}});
    return {};
}

Result<qint64> ComplaintRepository::insertNew(const Complaint &complaint, const QString &actor, const QDateTime &now,
                                              Batch &batch)
{
    if (!batch.categories.contains(complaint.categoryId)) {
        if (auto category = checkCategory(m_db, complaint.categoryId); !category)
            return category.error();
        batch.categories.insert(complaint.categoryId);
    }
    if (auto point = checkTransferPoint(m_db, complaint); !point)
        return point.error();

    PartyRepository parties(m_db);
    auto consumerId = parties.saveConsumer(complaint.consumer);
    if (!consumerId)
        return consumerId.error();
    auto businessId = parties.saveBusiness(complaint.business);
    if (!businessId)
        return businessId.error();

    if (!batch.prefix) {
        auto prefix = SettingsRepository(m_db).caseNumberPrefix();
        if (!prefix)
            return prefix.error();
        batch.prefix = prefix.value();
    }
    auto caseNumber = allocateCaseNumber(m_db, *batch.prefix, complaint.receivedAt.date().year());
    if (!caseNumber)
        return caseNumber.error();

    const QString stamp = storedDateTime(now);
    const QVariantList columns = complaintColumns(complaint, consumerId.value(), businessId.value());
    if (!batch.prepared) {
        const QString insert = QStringLiteral(
            "INSERT INTO complaints(consumer_id, business_id, channel, platform_ref, category_id, nature, "
            "amount_fen, demand, facts, incident_date, received_at, status, assignee, case_number, "
            "version, created_at, updated_at, order_dispatched_at, order_due_at, liaison_point_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)");
        if (auto prepared = batch.insert.prepare(engineOf(m_db) == Engine::Postgres ? insert + QStringLiteral(" RETURNING id")
                                                                                  : insert);
            !prepared)
            return prepared.error();
        batch.prepared = true;
    }
    auto inserted = batch.insert.run(columns + QVariantList{caseNumber.value(), stamp, stamp,
                                                            nullableDateTime(complaint.orderDispatchedAt),
                                                            nullableDateTime(complaint.orderDueAt),
                                                            complaint.liaisonPointId > 0 ? QVariant(complaint.liaisonPointId)
                                                                                         : QVariant()});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value();

    AuditRepository audit(m_db);
    // The registration record carries the case's state (trail_state.h): a later change
    // without an audit record shows against it.
    const QString state = caseStateStamp(caseStateValues(columns.mid(2)), {});
    if (auto logged = audit.record({0, id, now, actor, QStringLiteral("created"), {}, state, caseNumber.value()});
        !logged)
        return logged.error();
    return id;
}

Result<Complaint> ComplaintRepository::update(const Complaint &edited, const QString &actor, const QDateTime &now)
{
    return retryingConflicts(m_db, [&] { return updateOnce(edited, actor, now); });
}

Result<Complaint> ComplaintRepository::updateOnce(const Complaint &edited, const QString &actor, const QDateTime &now)
{
    Transaction transaction(m_db);
    if (auto started = transaction.begin(); !started)
        return started.error();
    if (auto saved = writeEdit(edited, actor, now, ActorCheck::Here); !saved)
        return saved.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    reindexRenamedBusinesses();
    return get(edited.id);
}

Status ComplaintRepository::updateWithin(const Complaint &edited, const QString &actor, const QDateTime &now)
{
    return writeEdit(edited, actor, now, ActorCheck::ByCaller);
}

Status ComplaintRepository::writeEdit(const Complaint &edited, const QString &actor, const QDateTime &now,
                                      ActorCheck actorCheck)
{
    auto current = get(edited.id);
    if (!current)
        return current.error();
    // The edit is checked before the user, as a new case is (addAllOnce).
    if (const auto problems = withoutUnchangedContacts(validateComplaint(edited, now), edited, current.value());
        !problems.isEmpty())
        return invalidInput(problems);
    if (actorCheck == ActorCheck::Here) {
        if (auto allowed = authorize(m_db, actor, Permission::WorkCase); !allowed)
            return allowed.error();
    }
    if (current->version != edited.version)
        return staleEditError(m_db, current.value(), edited.updatedAt);
    // The status moves only through the workflow rules, which also write its event.
    if (current->status != edited.status)
        return invalidInput({{QStringLiteral("status"),
                              Msg::tr("The status of a case changes through the workflow, not by editing it.")}});
    if (auto category = checkCategory(m_db, edited.categoryId); !category)
        return category.error();
    // A point named before stays even if it has closed since; a newly named one is checked.
    if (edited.liaisonPointId != current->liaisonPointId || edited.channel != current->channel) {
        if (auto point = checkTransferPoint(m_db, edited); !point)
            return point.error();
    }

    // The consumer and business keep their identity; edits change their records in place.
    Consumer consumer = edited.consumer;
    consumer.id = current->consumer.id;
    Business business = edited.business;
    business.id = current->business.id;
    PartyRepository parties(m_db);
    auto consumerId = parties.saveConsumer(consumer);
    if (!consumerId)
        return consumerId.error();
    auto businessId = parties.saveBusiness(business);
    if (!businessId)
        return businessId.error();

    auto updated = runQuery(
        m_db,
        QStringLiteral("UPDATE complaints SET consumer_id = ?, business_id = ?, channel = ?, platform_ref = ?, "
                       "category_id = ?, nature = ?, amount_fen = ?, demand = ?, facts = ?, incident_date = ?, "
                       "received_at = ?, status = ?, assignee = ?, version = version + 1, updated_at = ?, "
                       "liaison_point_id = ? WHERE id = ? AND version = ?"),
        complaintColumns(edited, consumerId.value(), businessId.value()) +
            QVariantList{storedDateTime(now),
                         edited.liaisonPointId > 0 ? QVariant(edited.liaisonPointId) : QVariant(), edited.id,
                         edited.version});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1) {
        // Saved by someone else between the check above and this write (no row lock on SQLite
        // is needed: the write lock is held; on a server a colleague can get here first).
        auto saved = get(edited.id);
        return saved ? staleEditError(m_db, saved.value(), edited.updatedAt)
                   : Error{ErrorCode::Conflict, Msg::tr("The case was changed by someone else; nothing was saved."), {}};
    }
    // A corrected received time or channel moves the case's deadlines.
    if (auto stored = refreshStoredDeadlinesOf(m_db, edited.id, now); !stored)
        return stored.error();

    const auto before = auditedFields(current.value());
    const auto after = auditedFields(edited);
    QList<AuditEntry> changes;
    for (int i = 0; i < before.size(); ++i) {
        if (before[i].second != after[i].second)
            changes.append({0, edited.id, now, actor, QStringLiteral("updated"), before[i].first,
                            trailValue(before[i].first, before[i].second),
                            trailValue(after[i].first, after[i].second)});
    }
    return changes.isEmpty() ? Status{} : AuditRepository(m_db).recordAll(changes);
}

Status ComplaintRepository::fillOrderTimes(qint64 caseId, const QDateTime &dispatchedAt, const QDateTime &dueAt,
                                           const QString &actor, const QDateTime &now)
{
    QList<AuditEntry> entries;
    for (const auto &[column, field, at] : {std::tuple{QStringLiteral("order_dispatched_at"),
                                                       QStringLiteral("orderDispatchedAt"), dispatchedAt},
                                            std::tuple{QStringLiteral("order_due_at"), QStringLiteral("orderDueAt"), dueAt}}) {
        if (!at.isValid())
            continue;
        auto set = runQuery(m_db,
                            QStringLiteral("UPDATE complaints SET %1 = ?, version = version + 1, updated_at = ? "
                                           "WHERE id = ? AND %1 IS NULL")
                                .arg(column),
                            {storedDateTime(at), storedDateTime(now), caseId});
        if (!set)
            return set.error();
        if (set->numRowsAffected() == 1)
            entries.append({0, caseId, now, actor, QStringLiteral("updated"), field, QString(), storedDateTime(at)});
    }
    if (entries.isEmpty())
        return {};
    if (auto stored = refreshStoredDeadlinesOf(m_db, caseId, now); !stored)
        return stored;
    return AuditRepository(m_db).recordAll(entries);
}

Result<bool> ComplaintRepository::setFirstContact(qint64 caseId, const QDateTime &at, const QString &methodCode,
                                                  const QDateTime &now)
{
    auto updated = runQuery(m_db,
                            QStringLiteral("UPDATE complaints SET first_contact_at = ?, first_contact_method = ?, "
                                           "version = version + 1, updated_at = ? WHERE id = ? AND first_contact_at "
                                           "IS NULL"),
                            {storedDateTime(at), methodCode, storedDateTime(now), caseId});
    if (!updated)
        return updated.error();
    return updated->numRowsAffected() == 1;
}

void ComplaintRepository::reindexRenamedBusinesses()
{
    // The save is committed whatever happens here: cases left noted are re-indexed by the
    // next save or when the file is next opened, and are found by the old name until then.
    if (auto reindexed = reindexStaleCases(m_db); !reindexed)
        qWarning("Search index: renamed business's cases not re-indexed yet: %s", qPrintable(reindexed.error().message));
}

Result<QHash<QString, ComplaintRepository::RegisteredOrder>>
ComplaintRepository::casesByPlatformRef(const QStringList &references) const
{
    QHash<QString, RegisteredOrder> found;
    constexpr int kChunk = 500; // well under any engine's limit of parameters
    for (int from = 0; from < references.size(); from += kChunk) {
        const QStringList chunk = references.mid(from, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        auto rows = runQuery(m_db,
                             QStringLiteral("SELECT platform_ref, id, case_number FROM complaints "
                                            "WHERE platform_ref IN (%1) ORDER BY id")
                                 .arg(marks.join(QLatin1Char(','))),
                             QVariantList(chunk.cbegin(), chunk.cend()));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const QString reference = rows->value(0).toString();
            if (!found.contains(reference))
                found.insert(reference, {rows->value(1).toLongLong(), rows->value(2).toString()});
        }
    }
    return found;
}

Result<Complaint> ComplaintRepository::get(qint64 id) const
{
    return fetchOne(QStringLiteral("WHERE c.id = ?"), id);
}

Result<Complaint> ComplaintRepository::findByCaseNumber(const QString &caseNumber) const
{
    return fetchOne(QStringLiteral("WHERE c.case_number = ?"), caseNumber);
}

Result<Complaint> ComplaintRepository::fetchOne(const QString &whereClause, const QVariant &key) const
{
    auto query = runQuery(m_db, selectComplaint(m_db) + whereClause, {key});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{ErrorCode::NotFound, Msg::tr("No case %1 was found.").arg(key.toString()), {}};
    return complaintFromRow(query.value());
}

} // namespace casedesk
