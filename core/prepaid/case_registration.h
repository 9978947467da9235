#pragma once

#include "domain/complaint.h"
#include "prepaid/prepaid_card.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// A complaint to register, with its prepaid-card details when it concerns a card.
struct NewCase {
    Complaint complaint;
    std::optional<PrepaidCard> card;
};

// Registers the cases with their cards in one transaction (Permission::RegisterCase): a card
// that cannot be stored leaves no case behind, and a bad item of many registers none. Cards
// are checked (validatePrepaidCard, whose field errors the error carries) before anything
// is written; with several cases the message names the item.
// The intake window and `casedesk-cli case add` both register through here.
Result<QList<Complaint>> registerCases(const QSqlDatabase &db, const QList<NewCase> &cases, const QString &actor,
                                       const QDateTime &now = QDateTime::currentDateTime());

} // namespace casedesk
