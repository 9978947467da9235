#pragma once

#include "domain/complaint.h"
#include "query/case_list_query.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

// What the desk shows of a complainant's personal data, and to whom (个人信息保护法).
// Lists, case details, exports and reports show masked phones and ID numbers; a user whose
// role may reveal personal data sees a full value one field at a time, and each reveal is
// written to the case's audit trail. Exports are de-identified (name masked too, address
// left out) unless the user's role may export identified data and asks for it.

namespace casedesk {

// A person under this age is a minor whose data is sensitive.
constexpr int kMinorAgeLimit = 14;

// Whether the resident ID number says its holder is under 14 on `on`. False when the
// number is missing or not a valid resident ID.
bool isMinor(const QString &idNumber, QDate on);

// The case with the complainant's phone and ID number masked (name and address kept:
// the caseworker needs them to work the case).
Complaint withMaskedContacts(Complaint complaint);

// The case de-identified for an export: name, phone and ID number masked, address removed.
Complaint deidentified(Complaint complaint);
CaseListRow deidentified(CaseListRow row);

// The personal fields that can be revealed one at a time.
enum class PersonalField { Phone, IdNumber };
QString codeOf(PersonalField field); // "phone", "id_number": the audit line's field

// The full value of `field` of the case's complainant, if `actor` may reveal personal data
// (Permission::RevealPersonalData); an audit line "revealed <field>" is written with it.
Result<QString> revealPersonalData(const QSqlDatabase &db, const QString &actor, qint64 caseId, PersonalField field,
                                   const QDateTime &now = QDateTime::currentDateTime());

// How an export treats personal data: de-identified unless `identified` is asked for and
// the actor may export identified data (Permission::ExportIdentified). Asking without the
// permission is refused (Forbidden) rather than quietly masked, so a script learns of it.
// An identified export is written to desk_events.
enum class ExportForm { Deidentified, Identified };
Result<ExportForm> exportFormFor(const QSqlDatabase &db, const QString &actor, bool identified,
                                 const QString &what, const QDateTime &now = QDateTime::currentDateTime());

} // namespace casedesk
