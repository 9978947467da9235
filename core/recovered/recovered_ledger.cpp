#include "recovered/recovered_ledger.h"

#include "auth/permissions.h"
#include "domain/money.h"
#include "storage/audit_repository.h"
#include "storage/recovered_money.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
#include "storage/user_repository.h"
#include "text/text_checks.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Recovered)
};

Error question(const QString &field, const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, {{field, message}}};
}

struct CaseMoney {
    QString caseNumber;
    qint64 amountFen = 0;
    qint64 recoveredFen = 0;
    QDate received;
};

Result<CaseMoney> caseMoney(const QSqlDatabase &db, qint64 caseId)
{
    auto q = runQuery(db,
                      QStringLiteral("SELECT case_number, amount_fen, recovered_fen, received_at FROM complaints"
                                     " WHERE id = ?"),
                      {caseId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, Msg::tr("No case with id %1 was found.").arg(caseId), {}};
    return CaseMoney{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                     dateTimeFromStored(q->value(3)).date()};
}

// The counted entries (not linked to another) of the case from sources other than `source`.
QList<RecoveredEntry> otherSources(const QList<RecoveredEntry> &entries, RecoverySource source)
{
    QList<RecoveredEntry> others;
    for (const RecoveredEntry &e : entries) {
        if (!e.sameAs && e.source != source)
            others.append(e);
    }
    return others;
}

} // namespace

bool asksSameMoney(const Error &error)
{
    for (const FieldError &f : error.fieldErrors) {
        if (f.field == kSameMoneyField)
            return true;
    }
    return false;
}

bool asksAboveAmount(const Error &error)
{
    for (const FieldError &f : error.fieldErrors) {
        if (f.field == kAboveAmountField)
            return true;
    }
    return false;
}

Result<qint64> postRecovery(const QSqlDatabase &db, const RecoveryPosting &posting, const RecoveryDecision &decision,
                            const QString &actor, const QDateTime &now)
{
    auto money = caseMoney(db, posting.caseId);
    if (!money)
        return money.error();
    RecoveredMoneyRepository ledger(db);
    std::optional<RecoveredEntry> existing;
    if (!posting.newEntry) {
        auto found = ledger.entryFor(posting.caseId, posting.source, posting.sourceRef);
        if (!found)
            return found.error();
        existing = found.value();
    }
    qint64 entryId = 0;
    QString linkedTo;
    if (posting.amountFen <= 0) {
        if (!existing)
            return qint64(0);
        if (auto removed = ledger.remove(existing->id); !removed)
            return removed.error();
    } else if (existing) {
        if (existing->amountFen == posting.amountFen && existing->recoveredOn == posting.on &&
            existing->note == posting.note)
            return existing->id; // the record was saved again with the same money: nothing changes
        RecoveredEntry e = *existing;
        e.amountFen = posting.amountFen;
        e.recoveredOn = posting.on;
        e.note = posting.note;
        e.recordedAt = now;
        e.recordedBy = actor;
        if (auto updated = ledger.update(e); !updated)
            return updated.error();
        entryId = e.id;
    } else {
        auto entries = ledger.entriesOf(posting.caseId);
        if (!entries)
            return entries.error();
        RecoveredEntry e;
        e.complaintId = posting.caseId;
        e.source = posting.source;
        e.sourceRef = posting.sourceRef;
        e.amountFen = posting.amountFen;
        e.recoveredOn = posting.on;
        e.note = posting.note;
        e.recordedAt = now;
        e.recordedBy = actor;
        const QList<RecoveredEntry> others = otherSources(entries.value(), posting.source);
        if (decision.overlap == RecoveryDecision::Overlap::SameMoney) {
            std::optional<RecoveredEntry> target;
            if (decision.sameAsEntryId) {
                for (const RecoveredEntry &other : entries.value()) {
                    if (other.id == decision.sameAsEntryId)
                        target = other;
                }
            } else if (!others.isEmpty()) {
                target = others.last();
            }
            if (decision.sameAsEntryId && !target)
                return question(kSameMoneyField, Msg::tr("%1 has no recovered-money entry %2 to link to.")
                                                     .arg(money->caseNumber)
                                                     .arg(decision.sameAsEntryId));
            if (target) {
                e.sameAs = target->sameAs.value_or(target->id); // link to the group's first entry
                linkedTo = Msg::tr("¥%1 through %2 on %3")
                               .arg(formatYuan(target->amountFen), labelOf(target->source),
                                    target->recoveredOn.toString(Qt::ISODate));
            }
        } else if (decision.overlap == RecoveryDecision::Overlap::Ask && !others.isEmpty()) {
            const RecoveredEntry &other = others.last();
            QString message =
                Msg::tr("%1 already has ¥%2 recovered through %3 on %4. Is the ¥%5 of this %6 the same money? "
                        "If it is, it is linked to that entry and counted once; if it is more money, record it as "
                        "separate money.")
                    .arg(money->caseNumber, formatYuan(other.amountFen), labelOf(other.source),
                         other.recoveredOn.toString(Qt::ISODate), formatYuan(posting.amountFen),
                         labelOf(posting.source));
            return question(kSameMoneyField, message);
        }
        e.aboveAmountConfirmed = decision.aboveAmountConfirmed;
        auto id = ledger.insert(e);
        if (!id)
            return id.error();
        entryId = id.value();
    }

    auto after = caseMoney(db, posting.caseId);
    if (!after)
        return after.error();
    const qint64 before = money->recoveredFen;
    const qint64 total = after->recoveredFen;
    // An amount involved of 0 was not stated: there is nothing to compare with.
    if (total > before && money->amountFen > 0 && total > money->amountFen) {
        if (!decision.aboveAmountConfirmed)
            return question(kAboveAmountField,
                            Msg::tr("With this, the money recovered on %1 (¥%2) would be above its amount involved "
                                    "(¥%3). Confirm that this is right.")
                                .arg(money->caseNumber, formatYuan(total), formatYuan(money->amountFen)));
        if (entryId) {
            if (auto marked = runQuery(db,
                                       QStringLiteral("UPDATE recovered_entries SET above_amount_confirmed = 1"
                                                      " WHERE id = ?"),
                                       {entryId});
                !marked)
                return marked.error();
        }
    }
    if (auto bumped = runQuery(db,
                               QStringLiteral("UPDATE complaints SET version = version + 1, updated_at = ?"
                                              " WHERE id = ?"),
                               {storedDateTime(now), posting.caseId});
        !bumped)
        return bumped.error();
    AuditRepository audit(db);
    if (total != before) {
        if (auto logged =
                audit.record({0, posting.caseId, now, actor, posting.auditAction, QStringLiteral("recoveredFen"),
                              QString::number(before), QString::number(total)});
            !logged)
            return logged.error();
    }
    if (!linkedTo.isEmpty()) {
        if (auto logged = audit.record({0, posting.caseId, now, actor, posting.auditAction,
                                        QStringLiteral("recoveredSameMoney"), QString(),
                                        Msg::tr("¥%1 (%2) is the same money as %3")
                                            .arg(formatYuan(posting.amountFen), labelOf(posting.source), linkedTo)});
            !logged)
            return logged.error();
    }
    return entryId;
}

Result<QList<RecoveredEntry>> RecoveredMoneyService::entries(qint64 caseId) const
{
    return RecoveredMoneyRepository(m_db).entriesOf(caseId);
}

Result<qint64> RecoveredMoneyService::record(qint64 caseId, RecoverySource source, qint64 amountFen, const QDate &on,
                                             const QString &note, const RecoveryDecision &decision,
                                             const QString &actor, const QDateTime &now)
{
    if (!directRecoverySources().contains(source))
        return question(QStringLiteral("source"),
                        Msg::tr("Money recovered through %1 is recorded with its own record, not typed in here.")
                            .arg(labelOf(source)));
    if (amountFen <= 0 || amountFen > kMaxAmountFen)
        return question(QStringLiteral("amount"), Msg::tr("The amount must be more than ¥0 and at most ¥100,000,000."));
    if (!on.isValid())
        return question(QStringLiteral("on"), Msg::tr("Give the date the money was recovered."));
    if (on > now.date())
        return question(QStringLiteral("on"), Msg::tr("The date the money was recovered is in the future."));
    if (note.trimmed().size() > 2000)
        return question(QStringLiteral("note"), Msg::tr("The note is longer than 2000 characters."));
    if (const QString problem = textProblem(note); !problem.isEmpty())
        return question(QStringLiteral("note"), problem);
    return inRetriedTransaction(m_db, [&]() -> Result<qint64> {
        auto user = authorize(m_db, actor, Permission::WorkCase);
        if (!user)
            return user.error();
        auto money = caseMoney(m_db, caseId);
        if (!money)
            return money.error();
        if (on < money->received)
            return question(QStringLiteral("on"),
                            Msg::tr("The money cannot be recovered before the case was received (%1).")
                                .arg(money->received.toString(Qt::ISODate)));
        RecoveryPosting posting;
        posting.caseId = caseId;
        posting.source = source;
        posting.amountFen = amountFen;
        posting.on = on;
        posting.note = note.trimmed();
        posting.auditAction = QStringLiteral("recovered_") + codeOf(source);
        posting.newEntry = true;
        auto id = postRecovery(m_db, posting, decision, user->name, now);
        if (!id)
            return id.error();
        return id.value();
    });
}

Status RecoveredMoneyService::remove(qint64 entryId, const QString &actor, const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto user = authorize(m_db, actor, Permission::WorkCase);
        if (!user)
            return user.error();
        RecoveredMoneyRepository ledger(m_db);
        auto entry = ledger.entry(entryId);
        if (!entry)
            return entry.error();
        if (!entry.value())
            return Error{ErrorCode::NotFound, Msg::tr("There is no recovered-money entry %1.").arg(entryId), {}};
        if (!directRecoverySources().contains(entry.value()->source))
            return question(QStringLiteral("source"),
                            Msg::tr("Money recovered through %1 changes with its own record, not here.")
                                .arg(labelOf(entry.value()->source)));
        auto money = caseMoney(m_db, entry.value()->complaintId);
        if (!money)
            return money.error();
        if (auto removed = ledger.remove(entryId); !removed)
            return removed;
        auto after = caseMoney(m_db, entry.value()->complaintId);
        if (!after)
            return after.error();
        if (auto bumped = runQuery(m_db,
                                   QStringLiteral("UPDATE complaints SET version = version + 1, updated_at = ?"
                                                  " WHERE id = ?"),
                                   {storedDateTime(now), entry.value()->complaintId});
            !bumped)
            return bumped.error();
        if (auto logged = AuditRepository(m_db).record(
                {0, entry.value()->complaintId, now, user->name, QStringLiteral("recovered_removed"),
                 QStringLiteral("recoveredFen"), QString::number(money->recoveredFen),
                 QString::number(after->recoveredFen)});
            !logged)
            return logged;
        return {};
    });
}

Result<QList<RecoveredAboveAmount>> RecoveredMoneyService::aboveAmount(const QDate &closedFrom,
                                                                       const QDate &closedTo) const
{
    return RecoveredMoneyRepository(m_db).aboveAmount(closedFrom, closedTo);
}

} // namespace casedesk
