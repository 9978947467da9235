#include "mediation/directory_service.h"

#include "auth/permissions.h"
#include "mediation/mediation_checks.h"
#include "storage/mediation_directory_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Mediation)
};

using mediation::checkText;

Status checkMediator(const Mediator &m)
{
    if (auto s = checkText(QStringLiteral("name"), Msg::tr("The name"), m.name, 40, true); !s)
        return s;
    if (auto s = checkText(QStringLiteral("office"), Msg::tr("The office"), m.office, kMaxMediationLine, false); !s)
        return s;
    if (auto s = checkText(QStringLiteral("phone"), Msg::tr("The phone number"), m.phone, 40, false); !s)
        return s;
    return checkText(QStringLiteral("email"), Msg::tr("The e-mail address"), m.email, 100, false);
}

} // namespace

Result<Mediator> MediationDirectoryService::saveMediator(const Mediator &mediator, const QString &actor)
{
    Mediator m = mediator;
    m.name = m.name.trimmed();
    m.office = m.office.trimmed();
    m.phone = m.phone.trimmed();
    m.email = m.email.trimmed();
    if (auto checked = checkMediator(m); !checked)
        return checked.error();
    Transaction transaction(m_db);
    if (auto started = transaction.begin(); !started)
        return started.error();
    if (auto user = authorize(m_db, actor, Permission::ManageDirectories); !user)
        return user.error();
    MediationDirectoryRepository repository(m_db);
    if (m.id == 0) {
        auto id = repository.insertMediator(m);
        if (!id)
            return id.error();
        m.id = id.value();
    } else if (auto updated = repository.updateMediator(m); !updated) {
        return updated.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return repository.mediator(m.id);
}

Result<Court> MediationDirectoryService::saveCourt(const Court &court, const QString &actor)
{
    Court c = court;
    c.name = c.name.trimmed();
    c.address = c.address.trimmed();
    if (auto s = checkText(QStringLiteral("name"), Msg::tr("The court's name"), c.name, kMaxMediationLine, true); !s)
        return s.error();
    if (auto s = checkText(QStringLiteral("address"), Msg::tr("The address"), c.address, kMaxMediationLine, false); !s)
        return s.error();
    Transaction transaction(m_db);
    if (auto started = transaction.begin(); !started)
        return started.error();
    if (auto user = authorize(m_db, actor, Permission::ManageDirectories); !user)
        return user.error();
    MediationDirectoryRepository repository(m_db);
    auto same = repository.courtByName(c.name);
    if (same && same->id != c.id)
        return mediation::invalid(QStringLiteral("name"),
                                  Msg::tr("There is already a court named \"%1\".").arg(c.name));
    if (!same && same.error().code != ErrorCode::NotFound)
        return same.error();
    if (c.id == 0) {
        auto id = repository.insertCourt(c);
        if (!id)
            return id.error();
        c.id = id.value();
    } else if (auto updated = repository.updateCourt(c); !updated) {
        return updated.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return repository.court(c.id);
}

} // namespace casedesk
