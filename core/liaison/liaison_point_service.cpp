#include "liaison/liaison_point_service.h"

#include "auth/permissions.h"
#include "liaison/liaison_access.h"
#include "mediation/mediation_checks.h"
#include "privacy/masking.h"
#include "storage/audit_repository.h"
#include "storage/desk_event_repository.h"
#include "storage/liaison_point_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "validation/identifiers.h"

#include <QCoreApplication>

#include <algorithm>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Liaison)
};

void trim(LiaisonPoint &p)
{
    for (QString *text : {&p.name, &p.host, &p.address, &p.district, &p.street, &p.contactPerson, &p.contactPhone,
                          &p.official, &p.modelTitle})
        *text = text->trimmed();
}

// What an edit changed, for the desk log; the contact's values are personal data and are
// named, not written.
QString changes(const LiaisonPoint &before, const LiaisonPoint &after)
{
    QStringList lines;
    const auto note = [&](const char *field, const QString &from, const QString &to) {
        if (from != to)
            lines << QStringLiteral("%1: %2 → %3").arg(QLatin1String(field), from, to);
    };
    note("name", before.name, after.name);
    note("type", codeOf(before.type), codeOf(after.type));
    note("host", before.host, after.host);
    note("address", before.address, after.address);
    note("district", before.district, after.district);
    note("street", before.street, after.street);
    note("official", before.official, after.official);
    note("set_up_on", before.setUpOn.toString(Qt::ISODate), after.setUpOn.toString(Qt::ISODate));
    note("status", codeOf(before.status), codeOf(after.status));
    note("model", QStringLiteral("%1 %2").arg(before.modelTitle).arg(before.modelYear),
         QStringLiteral("%1 %2").arg(after.modelTitle).arg(after.modelYear));
    if (before.contactPerson != after.contactPerson)
        lines << QStringLiteral("contact_person changed");
    if (before.contactPhone != after.contactPhone)
        lines << QStringLiteral("contact_phone changed");
    return lines.join(QStringLiteral("; "));
}

Status record(const QSqlDatabase &db, const QDateTime &now, const QString &actor, const QString &action,
              const LiaisonPoint &point, const QString &detail)
{
    return DeskEventRepository(db).record({0, now, actor, action, QStringLiteral("%1 #%2").arg(point.name).arg(point.id), detail});
}

} // namespace

Status LiaisonPointService::checkPoint(const LiaisonPoint &p, const QDate &today)
{
    const std::tuple<const char *, QString, const QString &, bool> texts[] = {
        {"name", Msg::tr("The point's name"), p.name, true},
        {"host", Msg::tr("The host organisation"), p.host, false},
        {"address", Msg::tr("The address"), p.address, false},
        {"district", Msg::tr("The district"), p.district, false},
        {"street", Msg::tr("The street"), p.street, false},
        {"contactPerson", Msg::tr("The contact person"), p.contactPerson, false},
        {"contactPhone", Msg::tr("The contact phone"), p.contactPhone, false},
        {"official", Msg::tr("The assigned official"), p.official, false},
        {"modelTitle", Msg::tr("The model-point title"), p.modelTitle, false},
    };
    for (const auto &[field, label, text, required] : texts) {
        if (auto s = mediation::checkText(QString::fromLatin1(field), label, text, kMaxLine, required); !s)
            return s;
    }
    if (!p.contactPhone.isEmpty() && !p.contactPhone.contains(QLatin1Char('*'))) {
        if (const QString problem = phoneProblem(p.contactPhone); !problem.isEmpty())
            return mediation::invalid(QStringLiteral("contactPhone"), problem);
    }
    if (p.setUpOn.isValid() && p.setUpOn > today)
        return mediation::invalid(QStringLiteral("setUpOn"), Msg::tr("The day the point was set up cannot be in the "
                                                                     "future."));
    if (!p.modelTitle.isEmpty() && (p.modelYear < 2000 || p.modelYear > today.year()))
        return mediation::invalid(QStringLiteral("modelYear"),
                                  Msg::tr("Give the year of the model-point title, from 2000 to %1.").arg(today.year()));
    if (p.modelTitle.isEmpty() && p.modelYear != 0)
        return mediation::invalid(QStringLiteral("modelTitle"), Msg::tr("A model-point year needs its title."));
    return {};
}

Result<QList<LiaisonPoint>> LiaisonPointService::list(const LiaisonPointFilter &filter, const QString &actor) const
{
    auto user = authorize(m_db, actor, Permission::ViewCases);
    if (!user)
        return user.error();
    if (auto s = mediation::checkText(QStringLiteral("text"), Msg::tr("The search text"), filter.text, kMaxLine, false); !s)
        return s.error();
    auto points = LiaisonPointRepository(m_db).list(filter, pointContactsFor(user->role));
    if (!points)
        return points.error();
    for (LiaisonPoint &point : points.value())
        point = pointAsShownTo(point, user->role);
    return points;
}

Result<LiaisonPoint> LiaisonPointService::get(qint64 id, const QString &actor) const
{
    auto user = authorize(m_db, actor, Permission::ViewCases);
    if (!user)
        return user.error();
    auto point = LiaisonPointRepository(m_db).get(id, pointContactsFor(user->role));
    if (!point)
        return point.error();
    return pointAsShownTo(point.value(), user->role);
}

Result<QStringList> LiaisonPointService::streets(const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    auto q = runQuery(m_db, QStringLiteral("SELECT DISTINCT street FROM liaison_points WHERE street <> '' ORDER BY street"));
    if (!q)
        return q.error();
    QStringList streets;
    while (q->next())
        streets << q->value(0).toString();
    return streets;
}

Result<QString> LiaisonPointService::revealContactPhone(qint64 id, const QString &actor, const QDateTime &now)
{
    return inRetriedTransaction(m_db, [&]() -> Result<QString> {
        auto user = authorize(m_db, actor, Permission::RevealPersonalData);
        if (!user)
            return user.error();
        auto point = LiaisonPointRepository(m_db).get(id);
        if (!point)
            return point.error();
        if (auto logged = record(m_db, now, user->name, QStringLiteral("liaison_point_contact_revealed"), point.value(),
                                 QStringLiteral("contact_phone"));
            !logged)
            return logged.error();
        return point->contactPhone;
    });
}

Result<LiaisonPoint> LiaisonPointService::add(LiaisonPoint given, const QString &actor, const QDateTime &now)
{
    trim(given);
    if (auto checked = checkPoint(given, now.date()); !checked)
        return checked.error();
    // May run twice (a server's deadlock victim is tried again): each attempt starts from the point as given.
    return inRetriedTransaction(m_db, [&]() -> Result<LiaisonPoint> {
        LiaisonPoint point = given;
        auto user = authorize(m_db, actor, Permission::ManageDirectories);
        if (!user)
            return user.error();
        if (auto official = checkOfficial(m_db, point.official); !official)
            return official.error();
        LiaisonPointRepository points(m_db);
        auto duplicate = points.findByNameAndAddress(point.name, point.address);
        if (!duplicate)
            return duplicate.error();
        if (duplicate.value())
            return mediation::invalid(QStringLiteral("name"),
                                      Msg::tr("Point %1 already has this name and address: edit it, or merge the two.")
                                          .arg((*duplicate.value())));
        point.updatedBy = user->name;
        point.updatedAt = now;
        auto id = points.insert(point);
        if (!id)
            return id.error();
        point.id = id.value();
        point.version = 1;
        if (auto logged = record(m_db, now, user->name, QStringLiteral("liaison_point_added"), point,
                                 QStringLiteral("%1, %2").arg(codeOf(point.type), point.street));
            !logged)
            return logged.error();
        return pointAsShownTo(point, user->role);
    });
}

Result<LiaisonPoint> LiaisonPointService::edit(LiaisonPoint given, const QString &actor, const QDateTime &now)
{
    trim(given);
    if (auto checked = checkPoint(given, now.date()); !checked)
        return checked.error();
    // May run twice (a server's deadlock victim is tried again): each attempt starts from the edit as given.
    return inRetriedTransaction(m_db, [&]() -> Result<LiaisonPoint> {
        LiaisonPoint point = given;
        auto user = authorize(m_db, actor, Permission::ManageDirectories);
        if (!user)
            return user.error();
        LiaisonPointRepository points(m_db);
        auto stored = points.get(point.id);
        if (!stored)
            return stored.error();
        if (point.official != stored->official) {
            if (auto official = checkOfficial(m_db, point.official); !official)
                return official.error();
        }
        // The editor was shown a masked (or no) contact: what it did not change stays as stored.
        point = keepHiddenContact(point, stored.value(), user->role);
        if (auto checked = checkPoint(point, now.date()); !checked)
            return checked.error();
        if (point.name != stored->name || point.address != stored->address) {
            auto duplicate = points.findByNameAndAddress(point.name, point.address);
            if (!duplicate)
                return duplicate.error();
            if (duplicate.value() && (*duplicate.value()) != point.id)
                return mediation::invalid(QStringLiteral("name"),
                                          Msg::tr("Point %1 already has this name and address: merge the two instead.")
                                              .arg((*duplicate.value())));
        }
        point.updatedBy = user->name;
        point.updatedAt = now;
        auto saved = points.update(point);
        if (!saved)
            return saved.error();
        if (!saved.value())
            return Error{ErrorCode::Conflict,
                         Msg::tr("Someone else changed point %1 a moment ago; read it again and make your change once "
                                 "more.")
                             .arg(point.id),
                         {}};
        if (auto logged = record(m_db, now, user->name, QStringLiteral("liaison_point_changed"), point,
                                 changes(stored.value(), point));
            !logged)
            return logged.error();
        point.version += 1;
        return pointAsShownTo(point, user->role);
    });
}

void LiaisonPointService::fillEmptyFields(LiaisonPoint &into, const LiaisonPoint &from)
{
    for (auto [to, value] : {std::pair{&into.host, from.host}, {&into.district, from.district}, {&into.street, from.street},
                             {&into.contactPerson, from.contactPerson}, {&into.contactPhone, from.contactPhone},
                             {&into.official, from.official}}) {
        if (to->isEmpty())
            *to = value;
    }
    if (!into.setUpOn.isValid())
        into.setUpOn = from.setUpOn;
    if (into.modelTitle.isEmpty() && !from.modelTitle.isEmpty()) {
        into.modelTitle = from.modelTitle;
        into.modelYear = from.modelYear;
    }
}

Result<LiaisonPoint> LiaisonPointService::merge(qint64 keptId, qint64 otherId, const QString &actor, const QDateTime &now)
{
    if (keptId == otherId)
        return mediation::invalid(QStringLiteral("other"), Msg::tr("A point cannot be merged with itself."));
    return inRetriedTransaction(m_db, [&]() -> Result<LiaisonPoint> {
        auto user = authorize(m_db, actor, Permission::ManageDirectories);
        if (!user)
            return user.error();
        LiaisonPointRepository points(m_db);
        auto kept = points.get(keptId);
        if (!kept)
            return kept.error();
        auto other = points.get(otherId);
        if (!other)
            return other.error();
        auto transfers = points.transferredCases(otherId);
        if (!transfers)
            return transfers.error();
        // The kept record takes what only the other one knew (a contact, the official, a title).
        LiaisonPoint filled = kept.value();
        fillEmptyFields(filled, other.value());
        filled.updatedBy = user->name;
        filled.updatedAt = now;
        auto saved = points.update(filled);
        if (!saved)
            return saved.error();
        if (!saved.value())
            return Error{
                ErrorCode::Conflict,
                Msg::tr("%1 was changed at another desk a moment ago; nothing was merged. Try again.").arg(kept->name),
                {}};
        if (auto merged = points.merge(keptId, otherId, user->name, now); !merged)
            return merged.error();
        // Each moved case's history says so, as an edit of its point would.
        QList<AuditEntry> moved;
        for (qint64 caseId : transfers.value())
            moved.append({0, caseId, now, user->name, QStringLiteral("updated"), QStringLiteral("liaisonPointId"),
                          QString::number(otherId), QString::number(keptId)});
        if (!moved.isEmpty()) {
            if (auto audited = AuditRepository(m_db).recordAll(moved); !audited)
                return audited.error();
        }
        if (auto logged = record(
                m_db, now, user->name, QStringLiteral("liaison_points_merged"), kept.value(),
                QStringLiteral("%1 #%2 merged in (%3 transfers)").arg(other->name).arg(otherId).arg(transfers->size()));
            !logged)
            return logged.error();
        auto merged = points.get(keptId);
        if (!merged)
            return merged.error();
        return pointAsShownTo(merged.value(), user->role);
    });
}

} // namespace casedesk
