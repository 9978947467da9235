#include "storage/trail_state.h"

#include "domain/money.h"
#include "domain/roles.h"
#include "storage/desk_chain.h"
#include "storage/field_hash.h"
#include "storage/personal_sources.h"
#include "storage/sql_helpers.h"

#include <QCoreApplication>
#include <QHash>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)
};

const QString kStampTag = QStringLiteral("state-v1:");

// Long texts (facts) are cut short in messages; the case number says where to look.
QString shown(const QString &value)
{
    return value.size() > 40 ? value.left(40) + QStringLiteral("…") : value;
}

// Names the case in a message: its number, or its id when even that is gone.
QString caseName(const QString &caseNumber, qint64 id)
{
    return caseNumber.isEmpty() ? QStringLiteral("#%1").arg(id) : caseNumber;
}

// What the audit trail says about one case.
struct CaseTrail {
    QString stamp;
    QHash<QString, QList<std::pair<QString, QString>>> changes; // field -> (old, new), oldest first
    QList<std::pair<QString, QString>> transitions;             // (from, to), oldest first
    bool created = false;
};

// Trimmed where the stored value is trimmed but the audit record keeps what was typed.
bool sameValue(const QString &a, const QString &b) { return a.trimmed() == b.trimmed(); }

QString checkOneCase(qint64 id, const QString &caseNumber, const QStringList &current, const CaseTrail &trail,
                     const QList<StoredEvent> &events)
{
    const QString name = caseName(caseNumber, id);
    const QStringList &fields = caseStateFields();
    QStringList registered = current;
    for (int i = 0; i < fields.size(); ++i) {
        const auto changes = trail.changes.constFind(fields.at(i));
        if (changes == trail.changes.cend() || changes->isEmpty())
            continue;
        if (!sameValue(current.at(i), changes->last().second)) {
            return Msg::tr("Case %1: %2 is \"%3\", but the audit trail last recorded \"%4\" (changed without an "
                           "audit record).")
                .arg(name, fields.at(i), shown(current.at(i)), shown(changes->last().second));
        }
        registered[i] = changes->first().first;
    }
    qint64 atRegistration = 0;
    if (!trail.stamp.isEmpty()) {
        atRegistration = trail.stamp.section(QLatin1Char(':'), 1, 1).toLongLong();
        const QList<StoredEvent> first = events.mid(0, int(std::min<qint64>(atRegistration, events.size())));
        if (atRegistration > events.size() || caseStateStamp(registered, first) != trail.stamp) {
            return Msg::tr("Case %1 no longer matches what the audit trail recorded when it was registered: a "
                           "field or its first status changes were changed without an audit record.")
                .arg(name);
        }
    }
    // Every later status change has its audit record, in the same order. Cases registered
    // before stamps existed are compared from their newest change back.
    QList<StoredEvent> later = events.mid(int(atRegistration));
    const auto &transitions = trail.transitions;
    if (trail.stamp.isEmpty() && later.size() > transitions.size())
        later = later.mid(later.size() - transitions.size());
    if (later.size() != transitions.size()) {
        return Msg::tr("Case %1: its timeline has %2 status change(s) after registration, but the audit trail "
                       "records %3.")
            .arg(name)
            .arg(later.size())
            .arg(transitions.size());
    }
    for (int i = 0; i < later.size(); ++i) {
        const StoredEvent &e = later.at(i);
        if (e.value(2) != transitions.at(i).first || e.value(3) != transitions.at(i).second) {
            return Msg::tr("Case %1: the timeline's status change on %2 (%3 → %4) is not the one the audit trail "
                           "records (%5 → %6).")
                .arg(name, e.value(0), e.value(2), e.value(3), transitions.at(i).first, transitions.at(i).second);
        }
    }
    return {};
}

} // namespace

const QStringList &caseStateFields()
{
    static const QStringList fields = {
        QStringLiteral("channel"),      QStringLiteral("platformRef"), QStringLiteral("category"),
        QStringLiteral("nature"),       QStringLiteral("amount"),      QStringLiteral("demand"),
        QStringLiteral("facts"),        QStringLiteral("incidentDate"), QStringLiteral("receivedAt"),
        QStringLiteral("status"),       QStringLiteral("assignee"),
    };
    return fields;
}

QStringList caseStateValues(const QVariantList &c)
{
    return {c.value(0).toString(), c.value(1).toString(), QString::number(c.value(2).toLongLong()),
            c.value(3).toString(), formatYuan(c.value(4).toLongLong()), c.value(5).toString(),
            c.value(6).toString(), c.value(7).toString(), c.value(8).toString(),
            c.value(9).toString(), c.value(10).toString()};
}

QString caseStateStamp(const QStringList &values, const QList<StoredEvent> &events)
{
    FieldHasher hash;
    hash.add(QByteArrayView("casedesk-case-state-v1"));
    for (const QString &value : values)
        hash.add(value);
    for (const StoredEvent &event : events) {
        for (const QString &value : event)
            hash.add(value);
    }
    // 128 bits: a million cases' stamps stay small, and no edit finds a match by trying.
    return kStampTag + QString::number(events.size()) + QLatin1Char(':') +
           QString::fromLatin1(hash.sha256().left(16).toHex());
}

Result<QList<TrailFinding>> checkCasesAgainstTrail(const QSqlDatabase &db)
{
    auto cases = runQuery(db, QStringLiteral("SELECT id, case_number, channel, platform_ref, category_id, nature, "
                                             "amount_fen, demand, facts, incident_date, received_at, status, "
                                             "assignee FROM complaints ORDER BY id"));
    if (!cases)
        return cases.error();
    auto audit = runQuery(db, QStringLiteral("SELECT complaint_id, action, field, old_value, new_value FROM %1 "
                                             "WHERE complaint_id > 0 ORDER BY complaint_id, id")
                                  .arg(auditLogSource(db)));
    if (!audit)
        return audit.error();
    auto events = runQuery(db, QStringLiteral("SELECT complaint_id, at, actor, from_status, to_status, ground, note "
                                              "FROM case_events ORDER BY complaint_id, id"));
    if (!events)
        return events.error();

    const QStringList &fields = caseStateFields();
    QList<TrailFinding> findings;
    bool auditLeft = audit->next();
    bool eventsLeft = events->next();
    // Records of cases that are no longer in the table: a deleted case.
    auto skipOrphans = [&](qint64 upTo) {
        while (auditLeft && audit->value(0).toLongLong() < upTo) {
            const qint64 gone = audit->value(0).toLongLong();
            bool created = false;
            QString number;
            for (; auditLeft && audit->value(0).toLongLong() == gone; auditLeft = audit->next()) {
                if (audit->value(1).toString() == QLatin1String("created")) {
                    created = true;
                    number = audit->value(4).toString();
                }
            }
            if (created) {
                findings.append({gone, number, {},
                                 Msg::tr("Case %1 was deleted outside CaseDesk: the audit trail records it, but it "
                                         "is no longer in the file.")
                                     .arg(caseName(number, gone))});
            }
        }
        while (eventsLeft && events->value(0).toLongLong() < upTo)
            eventsLeft = events->next();
    };
    while (cases->next()) {
        const qint64 id = cases->value(0).toLongLong();
        const QString number = cases->value(1).toString();
        QVariantList columns;
        for (int i = 2; i <= 12; ++i)
            columns.append(cases->value(i));
        skipOrphans(id);
        CaseTrail trail;
        for (; auditLeft && audit->value(0).toLongLong() == id; auditLeft = audit->next()) {
            const QString action = audit->value(1).toString();
            const QString field = audit->value(2).toString();
            const QString oldValue = audit->value(3).toString();
            if (action == QLatin1String("created")) {
                trail.created = true;
                if (oldValue.startsWith(kStampTag))
                    trail.stamp = oldValue;
                continue;
            }
            if (!fields.contains(field))
                continue;
            trail.changes[field].append({oldValue, audit->value(4).toString()});
            if (field == QLatin1String("status") && action == QLatin1String("transition"))
                trail.transitions.append({oldValue, audit->value(4).toString()});
        }
        QList<StoredEvent> caseEvents;
        for (; eventsLeft && events->value(0).toLongLong() == id; eventsLeft = events->next()) {
            caseEvents.append({events->value(1).toString(), events->value(2).toString(), events->value(3).toString(),
                               events->value(4).toString(), events->value(5).toString(), events->value(6).toString()});
        }
        if (!trail.created) {
            findings.append({id, number, {},
                             Msg::tr("Case %1 has no registration record in the audit trail: it was added outside "
                                     "CaseDesk.")
                                 .arg(caseName(number, id))});
            continue;
        }
        const QString problem = checkOneCase(id, number, caseStateValues(columns), trail, caseEvents);
        if (!problem.isEmpty())
            findings.append({id, number, {}, problem});
    }
    skipOrphans(std::numeric_limits<qint64>::max());
    return findings;
}

Result<QList<TrailFinding>> checkUsersAgainstDeskLog(const QSqlDatabase &db)
{
    auto lines = runQuery(db, QStringLiteral("SELECT subject, action, detail FROM desk_events WHERE action IN "
                                             "('user_added', 'first_administrator', 'role_changed', "
                                             "'user_activated', 'user_deactivated', 'user_state') ORDER BY id"));
    if (!lines)
        return lines.error();
    struct Recorded {
        QString role;
        bool active = true;
    };
    QHash<QString, Recorded> recorded;
    while (lines->next()) {
        const QString name = lines->value(0).toString();
        const QString action = lines->value(1).toString();
        const QString detail = lines->value(2).toString();
        Recorded &user = recorded[name];
        if (action == QLatin1String("user_added")) {
            user = {detail, true};
        } else if (action == QLatin1String("first_administrator")) {
            user = {codeOf(Role::Administrator), true};
        } else if (action == QLatin1String("role_changed")) {
            user.role = detail;
        } else if (action == QLatin1String("user_activated") || action == QLatin1String("user_deactivated")) {
            user.active = action == QLatin1String("user_activated");
        } else {
            user = {detail.section(QLatin1Char(' '), 0, 0), detail.section(QLatin1Char(' '), 1, 1) == QLatin1String("active")};
        }
    }
    auto users = runQuery(db, QStringLiteral("SELECT name, role, active FROM users ORDER BY id"));
    if (!users)
        return users.error();
    QList<TrailFinding> findings;
    auto describe = [](const QString &role, bool active) {
        const auto known = roleFromCode(role);
        const QString label = known ? labelOf(*known) : role;
        return active ? label : Msg::tr("%1, inactive").arg(label);
    };
    while (users->next()) {
        const QString name = users->value(0).toString();
        const QString role = users->value(1).toString();
        const bool active = users->value(2).toInt() != 0;
        const auto found = recorded.constFind(name);
        if (found == recorded.cend()) {
            findings.append({0, {}, name,
                             Msg::tr("User %1 is not in the desk log: added outside CaseDesk.").arg(name)});
        } else if (found->role != role || found->active != active) {
            findings.append({0, {}, name,
                             Msg::tr("User %1 is %2, but the desk log last recorded %3 (changed outside CaseDesk).")
                                 .arg(name, describe(role, active), describe(found->role, found->active))});
        }
        recorded.remove(name);
    }
    QStringList gone = recorded.keys();
    gone.sort(); // the same report every time
    for (const QString &name : std::as_const(gone)) {
        findings.append({0, {}, name,
                         Msg::tr("User %1 is in the desk log but no longer in the file: deleted outside CaseDesk.")
                             .arg(name)});
    }
    return findings;
}

} // namespace casedesk
