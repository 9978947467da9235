#pragma once

#include "domain/case_event.h"
#include "domain/codes.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Input checks shared by the mediation services: every problem is a translated message with
// a field error, so the windows can point at the field and the CLI can print it.

namespace casedesk::mediation {

Error invalid(const QString &field, const QString &message);

// `label` names the field in the message ("The place"). Refuses broken text, and text
// longer than maxLength; an empty text only when `required`.
Status checkText(const QString &field, const QString &label, const QString &text, int maxLength, bool required);

// A date that must be known and not after `today`.
Status checkPastDate(const QString &field, const QString &label, const QDate &date, const QDate &today);

// Dated steps follow each other: `date` (of the step `label` names) not before `earlier`,
// the date of the step `earlierLabel` names ("mediation was terminated"). An invalid
// `earlier` (the step did not happen) passes.
Status checkNotBefore(const QString &field, const QString &label, const QDate &date, const QString &earlierLabel,
                      const QDate &earlier);

// The case's latest step into `status` (its stored timeline), if it took one.
Result<std::optional<CaseEvent>> lastStepInto(const QSqlDatabase &db, qint64 caseId, CaseStatus status);
// When the case last moved to `status`, if it did.
Result<std::optional<QDateTime>> lastStepAt(const QSqlDatabase &db, qint64 caseId, CaseStatus status);

// An amount in fen: not negative, not above kMaxAmountFen.
Status checkAmount(const QString &field, const QString &label, qint64 fen);

// A mediation record's change written to the case's audit trail (inside the caller's transaction).
Status audit(const QSqlDatabase &db, qint64 caseId, const QDateTime &now, const QString &actor, const QString &action,
             const QString &field, const QString &oldValue, const QString &newValue);

} // namespace casedesk::mediation
