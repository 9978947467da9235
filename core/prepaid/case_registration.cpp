#include "prepaid/case_registration.h"

#include "storage/audit_repository.h"
#include "storage/complaint_repository.h"
#include "storage/prepaid_card_repository.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Prepaid)
};

} // namespace

Result<QList<Complaint>> registerCases(const QSqlDatabase &db, const QList<NewCase> &cases, const QString &actor,
                                       const QDateTime &now)
{
    QList<Complaint> complaints;
    for (int i = 0; i < cases.size(); ++i) {
        const NewCase &item = cases.at(i);
        if (item.card) {
            if (auto valid = validatePrepaidCard(*item.card, now.date()); !valid) {
                Error error = valid.error();
                if (cases.size() > 1)
                    error.message = Msg::tr("Item %1: %2").arg(i + 1).arg(error.message);
                return error;
            }
        }
        complaints.append(item.complaint);
    }
    return ComplaintRepository(db).addAllWith(complaints, actor, now, [&](int index, qint64 caseId) -> Status {
        if (!cases.at(index).card)
            return {};
        PrepaidCard card = *cases.at(index).card;
        card.complaintId = caseId;
        if (auto written = PrepaidCardRepository(db).write(card, now); !written)
            return written;
        return AuditRepository(db).record(AuditEntry{0, caseId, now, actor, QStringLiteral("created"),
                                                     QStringLiteral("prepaid_card"), QString(), auditText(card)});
    });
}

} // namespace casedesk
