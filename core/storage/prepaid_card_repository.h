#pragma once

#include "prepaid/prepaid_card.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// The prepaid-card details of complaints (table prepaid_cards, one row per complaint).
class PrepaidCardRepository {
public:
    explicit PrepaidCardRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The card of a complaint, or nullopt if it has none.
    Result<std::optional<PrepaidCard>> get(qint64 complaintId) const;

    // Validates, writes and audits in one transaction; `actor` needs WorkCase. The case's
    // version is bumped so an open edit of the case notices the change.
    Status save(const PrepaidCard &card, const QString &actor, const QDateTime &now = QDateTime::currentDateTime());
    Status remove(qint64 complaintId, const QString &actor, const QDateTime &now = QDateTime::currentDateTime());

    // Inside the caller's transaction, no permission check or audit (the demo generator and
    // registration, which audit the whole case).
    Status write(const PrepaidCard &card, const QDateTime &now);
    // New cards for many complaints with one prepared statement (demo data), likewise.
    Status insertAll(const QList<PrepaidCard> &cards, const QDateTime &now);

private:
    QSqlDatabase m_db;
};

// A one-line summary of a card for audit lines ("fitness 会员号A1 paid 3600.00 balance 2400.00 ...").
QString auditText(const PrepaidCard &card);

} // namespace casedesk
