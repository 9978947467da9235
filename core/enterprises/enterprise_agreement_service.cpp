#include "enterprises/enterprise_agreement_service.h"

#include "auth/permissions.h"
#include "mediation/mediation_checks.h"
#include "storage/business_repository.h"
#include "storage/desk_event_repository.h"
#include "storage/enterprise_agreement_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Enterprises)
};

} // namespace

Result<EnterpriseAgreement> EnterpriseAgreementService::save(EnterpriseAgreement a, const QString &actor,
                                                             const QDateTime &now)
{
    for (QString *text : {&a.contactPerson, &a.contactPhone, &a.complaintDesk})
        *text = text->trimmed();
    const std::tuple<const char *, QString, const QString &> texts[] = {
        {"contactPerson", Msg::tr("The contact person"), a.contactPerson},
        {"contactPhone", Msg::tr("The contact phone"), a.contactPhone},
        {"complaintDesk", Msg::tr("The enterprise's complaint desk"), a.complaintDesk},
    };
    for (const auto &[field, label, text] : texts) {
        if (auto s = mediation::checkText(QString::fromLatin1(field), label, text, kMaxLine, false); !s)
            return s.error();
    }
    if (auto s = mediation::checkPastDate(QStringLiteral("signedOn"), Msg::tr("The day the agreement was signed"),
                                          a.signedOn, now.date());
        !s)
        return s.error();
    if (a.endedOn.isValid()) {
        if (auto s = mediation::checkPastDate(QStringLiteral("endedOn"), Msg::tr("The day the agreement ended"),
                                              a.endedOn, now.date());
            !s)
            return s.error();
        if (a.endedOn < a.signedOn)
            return mediation::invalid(QStringLiteral("endedOn"), Msg::tr("The agreement cannot end before it was "
                                                                         "signed (%1).")
                                                                     .arg(a.signedOn.toString(Qt::ISODate)));
    }
    // May run twice (a server's deadlock victim is tried again): `a`'s stamps are set afresh.
    return inRetriedTransaction(m_db, [&]() -> Result<EnterpriseAgreement> {
        auto user = authorize(m_db, actor, Permission::ManageDirectories);
        if (!user)
            return user.error();
        auto business = BusinessRepository(m_db).get(a.businessId);
        if (!business)
            return business.error();
        a.updatedBy = user->name;
        a.updatedAt = now;
        if (auto saved = EnterpriseAgreementRepository(m_db).save(a); !saved)
            return saved.error();
        if (auto logged = DeskEventRepository(m_db).record(
                {0, now, user->name, QStringLiteral("enterprise_agreement_saved"), business->name,
                 a.active() ? QStringLiteral("signed %1").arg(a.signedOn.toString(Qt::ISODate))
                            : QStringLiteral("ended %1").arg(a.endedOn.toString(Qt::ISODate))});
            !logged)
            return logged.error();
        return a;
    });
}

Result<std::optional<EnterpriseAgreement>> EnterpriseAgreementService::agreementOf(qint64 businessId,
                                                                                    const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    return EnterpriseAgreementRepository(m_db).of(businessId);
}

Result<QList<EnterpriseRow>> EnterpriseAgreementService::enterprises(const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    return EnterpriseAgreementRepository(m_db).list();
}

} // namespace casedesk
