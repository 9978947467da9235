#include "warning/warning_service.h"

#include "auth/permissions.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"
#include "storage/warning_repository.h"
#include "text/text_checks.h"

#include <QCoreApplication>

#include <QSet>

#include <algorithm>
#include <tuple>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Warning)
};

QString alertKey(qint64 businessId, qint64 ruleId, const QDate &firstDay)
{
    return QStringLiteral("%1-%2-%3").arg(businessId).arg(ruleId).arg(firstDay.toString(QStringLiteral("yyyyMMdd")));
}

// Every run of every active rule in the businesses' daily counts.
QList<StoredWarningRun> findRuns(const QList<WarningRule> &rules, const QHash<qint64, QList<DayCount>> &counts,
                                 const QDate &observedFrom)
{
    QList<StoredWarningRun> runs;
    for (const WarningRule &rule : rules) {
        if (!rule.active)
            continue;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            for (const WarningRun &run : detectRuns(rule, it.value(), observedFrom))
                runs.append({rule.id, it.key(), run});
        }
    }
    return runs;
}

} // namespace

Result<QList<WarningAlert>> WarningService::alerts(bool includeAcknowledged) const
{
    return computeAlerts(includeAcknowledged, true);
}

Result<QList<WarningAlert>> WarningService::alertsFromCases(bool includeAcknowledged) const
{
    return computeAlerts(includeAcknowledged, false);
}

Result<QList<WarningAlert>> WarningService::computeAlerts(bool includeAcknowledged, bool stored) const
{
    WarningRepository repository(m_db);
    auto rules = repository.rules();
    if (!rules)
        return rules.error();
    auto runs = stored ? keptRuns(rules.value()) : runsFromCases(rules.value());
    if (!runs)
        return runs.error();
    QHash<qint64, const WarningRule *> activeRules;
    for (const WarningRule &rule : rules.value()) {
        if (rule.active)
            activeRules.insert(rule.id, &rule);
    }
    QSet<qint64> businesses;
    for (const StoredWarningRun &found : runs.value())
        businesses.insert(found.businessId);
    auto names = repository.businessNames(businesses.values());
    if (!names)
        return names.error();
    auto acks = repository.acknowledgements();
    if (!acks)
        return acks.error();
    QHash<QString, AlertAcknowledgement> ackByKey;
    for (const AlertAcknowledgement &ack : acks.value())
        ackByKey.insert(alertKey(ack.businessId, ack.ruleId, ack.firstDay), ack);

    QList<WarningAlert> alerts;
    for (const StoredWarningRun &found : runs.value()) {
        const WarningRule *rule = activeRules.value(found.ruleId);
        if (!rule)
            continue;
        WarningAlert alert;
        alert.key = alertKey(found.businessId, rule->id, found.run.firstDay);
        alert.businessId = found.businessId;
        alert.businessName = names->value(found.businessId).first;
        alert.creditCode = names->value(found.businessId).second;
        alert.ruleId = rule->id;
        alert.ruleName = rule->name;
        alert.run = found.run;
        if (auto ack = ackByKey.constFind(alert.key); ack != ackByKey.cend()) {
            alert.acknowledged = true;
            alert.acknowledgedAt = ack->at;
            alert.acknowledgedBy = ack->by;
            alert.note = ack->note;
        }
        if (includeAcknowledged || !alert.acknowledged)
            alerts.append(alert);
    }
    std::sort(alerts.begin(), alerts.end(), [](const WarningAlert &a, const WarningAlert &b) {
        if (a.run.lastDay != b.run.lastDay)
            return a.run.lastDay > b.run.lastDay;
        return a.key < b.key;
    });
    return alerts;
}

Result<QList<StoredWarningRun>> WarningService::runsFromCases(const QList<WarningRule> &rules) const
{
    auto counts = WarningRepository(m_db).dailyCounts();
    if (!counts)
        return counts.error();
    // The records begin on the earliest day of any business: before it nothing was observed.
    QDate observedFrom;
    for (const QList<DayCount> &days : std::as_const(counts.value())) {
        if (!days.isEmpty() && (!observedFrom.isValid() || days.first().day < observedFrom))
            observedFrom = days.first().day;
    }
    return findRuns(rules, counts.value(), observedFrom);
}

Result<QList<StoredWarningRun>> WarningService::keptRuns(const QList<WarningRule> &rules) const
{
    WarningRepository repository(m_db);
    // What the runs were found with, against what there is now: without a change, they are
    // read as they are (no write, no lock).
    auto changed = [&repository]() -> Result<std::tuple<QList<qint64>, QDate, bool>> {
        auto first = repository.firstStoredDay();
        if (!first)
            return first.error();
        auto basis = repository.runsObservedFrom();
        if (!basis)
            return basis.error();
        auto dirty = repository.businessesToLookAtAgain();
        if (!dirty)
            return dirty.error();
        return std::tuple{dirty.value(), first.value(), basis.value() != first.value()};
    };
    auto seen = changed();
    if (!seen)
        return seen.error();
    if (!std::get<0>(seen.value()).isEmpty() || std::get<2>(seen.value())) {
        auto kept = inRetriedTransaction(m_db, [&]() -> Status {
            if (auto held = repository.holdDailyCounts(); !held)
                return held.error();
            auto now = changed(); // again, under the lock: another desk may have found them meanwhile
            if (!now)
                return now.error();
            auto [dirty, observedFrom, moved] = now.value();
            if (moved)
                dirty = {0}; // every business's usual level is averaged from the first day on record
            auto counts =
                dirty.contains(0) ? repository.storedDailyCounts(rules) : repository.storedDailyCountsOf(dirty);
            if (!counts)
                return counts.error();
            if (auto replaced =
                    repository.replaceRuns(dirty, findRuns(rules, counts.value(), observedFrom), observedFrom);
                !replaced)
                return replaced.error();
            return {};
        });
        if (!kept)
            return kept.error();
    }
    return repository.storedRuns();
}

Result<int> WarningService::unacknowledgedCount() const
{
    auto all = alerts(false);
    if (!all)
        return all.error();
    return int(all->size());
}

Status WarningService::acknowledge(const QString &key, const QString &note, const QString &actor, const QDateTime &now)
{
    if (note.size() > 2000)
        return Error{ErrorCode::InvalidInput, Msg::tr("The note is longer than 2000 characters."), {}};
    if (const QString problem = textProblem(note); !problem.isEmpty())
        return Error{ErrorCode::InvalidInput, problem, {}};
    // Computed before the write lock is taken: the scan reads every complaint.
    auto all = alerts(true);
    if (!all)
        return all.error();
    const auto found = std::find_if(all->cbegin(), all->cend(), [&key](const WarningAlert &a) { return a.key == key; });
    if (found == all->cend())
        return Error{ErrorCode::NotFound, Msg::tr("There is no alert %1.").arg(key), {}};
    if (found->acknowledged)
        return {};
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto user = authorize(m_db, actor, Permission::WorkCase);
        if (!user)
            return user.error();
        const AlertAcknowledgement ack{found->businessId, found->ruleId, found->run.firstDay, now,
                                       user->name,        note.trimmed()};
        if (auto done = WarningRepository(m_db).acknowledge(ack, found->run); !done)
            return done;
        return {};
    });
}

Result<QList<WarningRule>> WarningService::rules() const { return WarningRepository(m_db).rules(); }

Result<qint64> WarningService::saveRule(const WarningRule &rule, const QString &actor)
{
    if (auto valid = validateWarningRule(rule); !valid)
        return valid.error();
    return inRetriedTransaction(m_db, [&]() -> Result<qint64> {
        auto user = authorize(m_db, actor, Permission::ManageDirectories);
        if (!user)
            return user.error();
        WarningRepository repository(m_db);
        qint64 id = rule.id;
        if (id == 0) {
            auto inserted = repository.insertRule(rule);
            if (!inserted)
                return inserted.error();
            id = inserted.value();
        } else if (auto updated = repository.updateRule(rule); !updated) {
            return updated.error();
        }
        return id;
    });
}

Status WarningService::removeRule(qint64 ruleId, const QString &actor)
{
    return inRetriedTransaction(m_db, [&]() -> Status {
        auto user = authorize(m_db, actor, Permission::ManageDirectories);
        if (!user)
            return user.error();
        if (auto removed = WarningRepository(m_db).removeRule(ruleId); !removed)
            return removed;
        return {};
    });
}

} // namespace casedesk
