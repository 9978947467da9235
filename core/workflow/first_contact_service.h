#pragma once

#include "domain/complaint.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// How the caseworker first reached the complainant.
enum class ContactMethod { Phone, Sms, InPerson };
QList<ContactMethod> allContactMethods();
QString codeOf(ContactMethod method); // phone, sms, in_person
QString labelOf(ContactMethod method); // translated
std::optional<ContactMethod> contactMethodFromCode(const QString &code);

// The first contact with the complainant (the 24-hour first response, issue 20): recorded once
// per case, not before its receipt and not in the future; it meets the first_contact deadline,
// which leaves the due list, and counts in the statistics' first-response rate. Needs
// Permission::WorkCase; one transaction with the case's audit trail and stored deadlines.
class FirstContactService {
public:
    explicit FirstContactService(QSqlDatabase db) : m_db(std::move(db)) {}

    static constexpr int kMaxNote = 2000;

    Result<Complaint> record(qint64 caseId, const QDateTime &at, ContactMethod method, const QString &note,
                             const QString &actor, const QDateTime &now = QDateTime::currentDateTime());

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
