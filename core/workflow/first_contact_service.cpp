#include "workflow/first_contact_service.h"

#include "auth/permissions.h"
#include "deadlines/stored_deadlines.h"
#include "mediation/mediation_checks.h"
#include "storage/complaint_repository.h"
#include "storage/sql_helpers.h"
#include "storage/stored_values.h"
#include "storage/user_repository.h"
#include "workflow/case_workflow.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(FirstContact)
};

} // namespace

QList<ContactMethod> allContactMethods() { return {ContactMethod::Phone, ContactMethod::Sms, ContactMethod::InPerson}; }

QString codeOf(ContactMethod method)
{
    switch (method) {
    case ContactMethod::Phone: return QStringLiteral("phone");
    case ContactMethod::Sms: return QStringLiteral("sms");
    case ContactMethod::InPerson: return QStringLiteral("in_person");
    }
    return {};
}

QString labelOf(ContactMethod method)
{
    switch (method) {
    case ContactMethod::Phone: return Msg::tr("By phone");
    case ContactMethod::Sms: return Msg::tr("By SMS");
    case ContactMethod::InPerson: return Msg::tr("In person");
    }
    return {};
}

std::optional<ContactMethod> contactMethodFromCode(const QString &code)
{
    for (ContactMethod method : allContactMethods()) {
        if (codeOf(method) == code)
            return method;
    }
    return std::nullopt;
}

Result<Complaint> FirstContactService::record(qint64 caseId, const QDateTime &at, ContactMethod method,
                                              const QString &note, const QString &actor, const QDateTime &now)
{
    if (auto s = mediation::checkText(QStringLiteral("note"), Msg::tr("The note"), note, kMaxNote, false); !s)
        return s.error();
    if (!at.isValid())
        return mediation::invalid(QStringLiteral("at"), Msg::tr("Give the time of the first contact."));
    if (at > now)
        return mediation::invalid(QStringLiteral("at"), Msg::tr("The first contact cannot be in the future."));
    return inRetriedTransaction(m_db, [&]() -> Result<Complaint> {
        auto user = authorize(m_db, actor, Permission::WorkCase);
        if (!user)
            return user.error();
        ComplaintRepository complaints(m_db);
        auto complaint = complaints.get(caseId);
        if (!complaint)
            return complaint.error();
        if (at < complaint->receivedAt)
            return mediation::invalid(QStringLiteral("at"),
                                      Msg::tr("The first contact cannot come before the complaint was received (%1).")
                                          .arg(complaint->receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        if (isFinalStatus(complaint->status))
            return mediation::invalid(QStringLiteral("at"),
                                      Msg::tr("%1 is finished: its first contact is no longer recorded.")
                                          .arg(complaint->caseNumber));
        if (complaint->firstContactAt.isValid()) {
            const QString message = Msg::tr("The first contact with the complainant of %1 was recorded already (%2).")
                                        .arg(complaint->caseNumber,
                                             complaint->firstContactAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            return Error{ErrorCode::Conflict, message, {{QStringLiteral("at"), message}}};
        }
        auto updated = complaints.setFirstContact(caseId, at, codeOf(method), now);
        if (!updated)
            return updated.error();
        if (!updated.value()) // a colleague recorded it a moment ago
            return Error{ErrorCode::Conflict,
                         Msg::tr("The first contact with the complainant of %1 was recorded already.").arg(complaint->caseNumber),
                         {}};
        // "phone 2026-03-04T09:30:00+08:00 note": the history shows it in words (ui/field_labels.cpp).
        QString value = codeOf(method) + QLatin1Char(' ') + storedDateTime(at);
        if (!note.trimmed().isEmpty())
            value += QLatin1Char(' ') + note.trimmed();
        if (auto logged = mediation::audit(m_db, caseId, now, user->name, QStringLiteral("first_contact"),
                                           QStringLiteral("first_contact"), QString(), value);
            !logged)
            return logged.error();
        if (auto stored = refreshStoredDeadlinesOf(m_db, caseId, now); !stored)
            return stored.error();
        auto saved = complaints.get(caseId);
        if (!saved)
            return saved.error();
        return saved;
    });
}

} // namespace casedesk
