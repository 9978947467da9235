#include "mediation/directory_service.h"

#include "auth/permissions.h"
#include "mediation/mediation_checks.h"
#include "mediation/mediation_codes.h"
#include "storage/desk_event_repository.h"
#include "storage/mediation_directory_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>

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

// A field of a directory entry as the desk's log shows it: its code, the value before, after.
using Field = std::array<QString, 3>;

QString activeText(bool active)
{
    return active ? QStringLiteral("active") : QStringLiteral("inactive");
}

QList<Field> fieldsOf(const Mediator &before, const Mediator &after)
{
    return {Field{QStringLiteral("name"), before.name, after.name},
            Field{QStringLiteral("kind"), codeOf(before.kind), codeOf(after.kind)},
            Field{QStringLiteral("office"), before.office, after.office},
            Field{QStringLiteral("phone"), before.phone, after.phone},
            Field{QStringLiteral("email"), before.email, after.email},
            Field{QStringLiteral("active"), activeText(before.active), activeText(after.active)}};
}

QList<Field> fieldsOf(const Court &before, const Court &after)
{
    return {Field{QStringLiteral("name"), before.name, after.name},
            Field{QStringLiteral("kind"), codeOf(before.kind), codeOf(after.kind)},
            Field{QStringLiteral("address"), before.address, after.address},
            Field{QStringLiteral("active"), activeText(before.active), activeText(after.active)}};
}

// Records an added or changed directory entry in the desk's log (desk_events), inside the
// save's transaction: "office: 甲 → 乙; active: active → inactive". An unchanged save is not
// recorded.
Status recordDirectoryChange(const QSqlDatabase &db, const QString &actor, const QString &action,
                             const QString &subject, const QList<Field> &fields, bool added)
{
    QStringList parts;
    for (const auto &[field, before, after] : fields) {
        if (added && !after.isEmpty())
            parts << QStringLiteral("%1: %2").arg(field, after);
        else if (!added && before != after)
            parts << QStringLiteral("%1: %2 → %3").arg(field, before, after);
    }
    if (parts.isEmpty())
        return {};
    return DeskEventRepository(db).record(
        {0, QDateTime::currentDateTime(), actor.trimmed(), action, subject, parts.join(QStringLiteral("; "))});
}

// Adds `entry` when its id is 0, else saves it over the stored one, and records what changed
// as "<what>_added" or "<what>_changed".
template <typename Entry, typename Insert, typename Get, typename Update>
Status storeEntry(const QSqlDatabase &db, const QString &actor, const QString &what, Entry &entry, Insert insert,
                  Get get, Update update)
{
    Entry before;
    if (entry.id == 0) {
        auto id = insert(entry);
        if (!id)
            return id.error();
        entry.id = id.value();
    } else {
        auto stored = get(entry.id);
        if (!stored)
            return stored.error();
        before = stored.value();
        if (auto updated = update(entry); !updated)
            return updated;
    }
    const bool added = before.id == 0;
    return recordDirectoryChange(db, actor, what + (added ? QStringLiteral("_added") : QStringLiteral("_changed")),
                                 entry.name, fieldsOf(before, entry), added);
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
    return inRetriedTransaction(m_db, [&]() -> Result<Mediator> {
        if (auto user = authorize(m_db, actor, Permission::ManageDirectories); !user)
            return user.error();
        // storeEntry gives a new entry its id: each attempt starts from the entry as given.
        Mediator entry = m;
        MediationDirectoryRepository repository(m_db);
        if (auto stored = storeEntry(
                m_db, actor, QStringLiteral("mediator"), entry,
                [&](const Mediator &e) { return repository.insertMediator(e); },
                [&](qint64 id) { return repository.mediator(id); },
                [&](const Mediator &e) { return repository.updateMediator(e); });
            !stored)
            return stored.error();
        return repository.mediator(entry.id);
    });
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
    return inRetriedTransaction(m_db, [&]() -> Result<Court> {
        if (auto user = authorize(m_db, actor, Permission::ManageDirectories); !user)
            return user.error();
        MediationDirectoryRepository repository(m_db);
        auto same = repository.courtByName(c.name);
        if (same && same->id != c.id)
            return mediation::invalid(QStringLiteral("name"),
                                      Msg::tr("There is already a court named \"%1\".").arg(c.name));
        if (!same && same.error().code != ErrorCode::NotFound)
            return same.error();
        Court entry = c; // storeEntry gives a new entry its id: each attempt starts from the entry as given
        if (auto stored = storeEntry(
                m_db, actor, QStringLiteral("court"), entry, [&](const Court &e) { return repository.insertCourt(e); },
                [&](qint64 id) { return repository.court(id); },
                [&](const Court &e) { return repository.updateCourt(e); });
            !stored)
            return stored.error();
        return repository.court(entry.id);
    });
}

} // namespace casedesk
