#pragma once

#include "domain/complaint.h"
#include "letters/letter.h"
#include "result.h"

#include <QHash>
#include <QSqlDatabase>

namespace casedesk {

// What a letter of one kind says about a case: the values of its placeholders
// (letter_wording.h), to whom it goes, and the step it tells of (it is not sent before).
struct LetterFacts {
    QHash<QString, QString> values;
    QString addressee;
    QDateTime decisionAt;
};

// An InvalidInput error saying why when the kind does not fit the case (a refusal notice for
// a case that was not refused, a session record without a session). `itemId` chooses the
// session, follow-up visit or payout a record or receipt is of; 0: the latest.
Result<LetterFacts> letterFacts(const QSqlDatabase &db, const Complaint &complaint, LetterKind kind, qint64 itemId = 0);

} // namespace casedesk
