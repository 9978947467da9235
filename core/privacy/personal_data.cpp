#include "privacy/personal_data.h"

#include "auth/permissions.h"
#include "storage/user_repository.h"
#include "privacy/masking.h"
#include "storage/audit_repository.h"
#include "storage/complaint_repository.h"
#include "storage/desk_event_repository.h"
#include "storage/sql_helpers.h"
#include "validation/identifiers.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(PersonalData)
};

} // namespace

bool isMinor(const QString &idNumber, QDate on)
{
    const QDate born = birthDateOfResidentId(idNumber.trimmed());
    if (!born.isValid() || !on.isValid())
        return false;
    return born.addYears(kMinorAgeLimit) > on;
}

Complaint withMaskedContacts(Complaint complaint)
{
    complaint.consumer.phone = maskPhone(complaint.consumer.phone);
    complaint.consumer.idNumber = maskIdNumber(complaint.consumer.idNumber);
    return complaint;
}

Complaint deidentified(Complaint complaint)
{
    complaint = withMaskedContacts(std::move(complaint));
    complaint.consumer.name = maskName(complaint.consumer.name);
    complaint.consumer.address.clear();
    return complaint;
}

CaseListRow deidentified(CaseListRow row)
{
    row.consumerName = maskName(row.consumerName);
    row.consumerPhone = maskPhone(row.consumerPhone);
    return row;
}

QString codeOf(PersonalField field)
{
    return field == PersonalField::Phone ? QStringLiteral("phone") : QStringLiteral("id_number");
}

Result<QString> revealPersonalData(const QSqlDatabase &db, const QString &actor, qint64 caseId, PersonalField field,
                                   const QDateTime &now)
{
    return inRetriedTransaction(db, [&]() -> Result<QString> {
        auto user = authorize(db, actor, Permission::RevealPersonalData);
        if (!user)
            return user.error();
        auto complaint = ComplaintRepository(db).get(caseId);
        if (!complaint)
            return complaint.error();
        const QString value = field == PersonalField::Phone ? complaint->consumer.phone : complaint->consumer.idNumber;
        AuditEntry entry;
        entry.complaintId = caseId;
        entry.at = now;
        entry.actor = user->name;
        entry.action = QStringLiteral("revealed");
        entry.field = codeOf(field);
        if (auto recorded = AuditRepository(db).record(entry); !recorded)
            return recorded.error();
        return value;
    });
}

Result<ExportForm> exportFormFor(const QSqlDatabase &db, const QString &actor, bool identified, const QString &what,
                                 const QDateTime &now)
{
    if (!identified)
        return ExportForm::Deidentified;
    return inRetriedTransaction(db, [&]() -> Result<ExportForm> {
        auto user = authorize(db, actor, Permission::ExportIdentified);
        if (!user)
            return user.error();
        if (auto logged =
                DeskEventRepository(db).record({0, now, user->name, QStringLiteral("exported_identified"), what, {}});
            !logged)
            return logged.error();
        return ExportForm::Identified;
    });
}

} // namespace casedesk
