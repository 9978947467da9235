#include "storage/prepaid_card_repository.h"

#include "auth/permissions.h"
#include "domain/money.h"
#include "storage/audit_repository.h"
#include "storage/prepared_insert.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
#include "storage/user_repository.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Prepaid)
};

Status touchCase(const QSqlDatabase &db, qint64 complaintId, const QDateTime &now)
{
    auto updated = runQuery(db, QStringLiteral("UPDATE complaints SET version = version + 1, updated_at = ? WHERE id = ?"),
                            {storedDateTime(now), complaintId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, Msg::tr("No case with id %1 was found.").arg(complaintId), {}};
    return {};
}

} // namespace

QString auditText(const PrepaidCard &c)
{
    QStringList parts{codeOf(c.type), c.cardNumber.trimmed(), c.purchaseDate.toString(Qt::ISODate),
                      c.expiryDate.toString(Qt::ISODate), QString::number(c.termMonths), formatYuan(c.paidFen),
                      formatYuan(c.balanceFen), c.sessionsLeft ? QString::number(*c.sessionsLeft) : QString(),
                      codeOf(c.businessState), codeOf(c.noticeGiven)};
    return parts.join(QLatin1Char('|'));
}

Result<std::optional<PrepaidCard>> PrepaidCardRepository::get(qint64 complaintId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT card_type, card_number, purchase_date, expiry_date, term_months, paid_fen, "
                                     "balance_fen, sessions_left, business_status, notice_given FROM prepaid_cards "
                                     "WHERE complaint_id = ?"),
                      {complaintId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PrepaidCard>();
    PrepaidCard card;
    card.complaintId = complaintId;
    card.type = cardTypeFromCode(q->value(0).toString()).value_or(CardType::Other);
    card.cardNumber = q->value(1).toString();
    card.purchaseDate = dateFromStored(q->value(2));
    card.expiryDate = dateFromStored(q->value(3));
    card.termMonths = q->value(4).toInt();
    card.paidFen = q->value(5).toLongLong();
    card.balanceFen = q->value(6).toLongLong();
    if (!q->value(7).isNull())
        card.sessionsLeft = q->value(7).toInt();
    card.businessState = businessStateFromCode(q->value(8).toString()).value_or(BusinessState::Unknown);
    card.noticeGiven = noticeGivenFromCode(q->value(9).toString()).value_or(NoticeGiven::Unknown);
    return std::optional<PrepaidCard>(card);
}

Status PrepaidCardRepository::write(const PrepaidCard &c, const QDateTime &now)
{
    // Portable upsert: delete and insert (the row has no identity of its own).
    if (auto gone = runQuery(m_db, QStringLiteral("DELETE FROM prepaid_cards WHERE complaint_id = ?"), {c.complaintId}); !gone)
        return gone.error();
    auto done = runQuery(m_db,
                         QStringLiteral("INSERT INTO prepaid_cards(complaint_id, card_type, card_number, purchase_date, "
                                        "expiry_date, term_months, paid_fen, balance_fen, sessions_left, business_status, "
                                        "notice_given, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {c.complaintId, codeOf(c.type), c.cardNumber.trimmed(), storedDate(c.purchaseDate),
                          storedDate(c.expiryDate), c.termMonths, c.paidFen, c.balanceFen,
                          c.sessionsLeft ? QVariant(*c.sessionsLeft) : QVariant(), codeOf(c.businessState),
                          codeOf(c.noticeGiven), storedDateTime(now)});
    if (!done)
        return done.error();
    return {};
}

Status PrepaidCardRepository::insertAll(const QList<PrepaidCard> &cards, const QDateTime &now)
{
    PreparedInsert insert(m_db);
    if (auto prepared = insert.prepare(
            QStringLiteral("INSERT INTO prepaid_cards(complaint_id, card_type, card_number, purchase_date, "
                           "expiry_date, term_months, paid_fen, balance_fen, sessions_left, business_status, "
                           "notice_given, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        !prepared)
        return prepared;
    const QString stamp = storedDateTime(now);
    for (const PrepaidCard &c : cards) {
        const QVariantList values{c.complaintId, codeOf(c.type), c.cardNumber.trimmed(), storedDate(c.purchaseDate),
                                  storedDate(c.expiryDate), c.termMonths, c.paidFen, c.balanceFen,
                                  c.sessionsLeft ? QVariant(*c.sessionsLeft) : QVariant(), codeOf(c.businessState),
                                  codeOf(c.noticeGiven), stamp};
        if (auto inserted = insert.run(values); !inserted)
            return inserted.error();
    }
    return {};
}

Status PrepaidCardRepository::save(const PrepaidCard &card, const QString &actor, const QDateTime &now)
{
    if (auto valid = validatePrepaidCard(card, now.date()); !valid)
        return valid;
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto user = authorize(m_db, actor, Permission::WorkCase);
        if (!user)
            return user.error();
        auto old = get(card.complaintId);
        if (!old)
            return old.error();
        const QString before = old.value() ? auditText(*old.value()) : QString();
        const QString after = auditText(card);
        if (before == after)
            return {}; // nothing changed, nothing to record
        if (auto touched = touchCase(m_db, card.complaintId, now); !touched)
            return touched;
        if (auto written = write(card, now); !written)
            return written;
        const AuditEntry audit{0,
                               card.complaintId,
                               now,
                               user->name,
                               old.value() ? QStringLiteral("updated") : QStringLiteral("created"),
                               QStringLiteral("prepaid_card"),
                               before,
                               after};
        if (auto logged = AuditRepository(m_db).record(audit); !logged)
            return logged;
        return {};
    });
}

Status PrepaidCardRepository::remove(qint64 complaintId, const QString &actor, const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto user = authorize(m_db, actor, Permission::WorkCase);
        if (!user)
            return user.error();
        auto old = get(complaintId);
        if (!old)
            return old.error();
        if (!old.value())
            return {};
        if (auto touched = touchCase(m_db, complaintId, now); !touched)
            return touched;
        if (auto gone =
                runQuery(m_db, QStringLiteral("DELETE FROM prepaid_cards WHERE complaint_id = ?"), {complaintId});
            !gone)
            return gone.error();
        const AuditEntry audit{0,
                               complaintId,
                               now,
                               user->name,
                               QStringLiteral("removed"),
                               QStringLiteral("prepaid_card"),
                               auditText(*old.value()),
                               QString()};
        if (auto logged = AuditRepository(m_db).record(audit); !logged)
            return logged;
        return {};
    });
}

} // namespace casedesk
