#include "deadlines/deadline_rules.h"

#include "domain/code_table.h"
#include "domain/codes.h"
#include "text/text_checks.h"

#include <QCoreApplication>
#include <QSet>

namespace casedesk {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Deadlines)
};

template <typename E>
using CodeEntry = codetable::Entry<E>; // labels are translated in context "Deadlines"

const CodeEntry<DeadlineKind> kKinds[] = {
    {DeadlineKind::Accept, "accept", QT_TRANSLATE_NOOP("Deadlines", "Accept or refuse")},
    {DeadlineKind::Mediation, "mediation", QT_TRANSLATE_NOOP("Deadlines", "End mediation")},
    {DeadlineKind::TerminationNotice, "termination_notice", QT_TRANSLATE_NOOP("Deadlines", "Notify termination")},
    {DeadlineKind::Enterprise, "enterprise", QT_TRANSLATE_NOOP("Deadlines", "Networked enterprise settles")},
    {DeadlineKind::HotlineSign, "hotline_sign", QT_TRANSLATE_NOOP("Deadlines", "Sign for the hotline transfer")},
    {DeadlineKind::HotlineReply, "hotline_reply", QT_TRANSLATE_NOOP("Deadlines", "Reply to the hotline")},
    {DeadlineKind::HotlineDispatch, "hotline_dispatch",
     QT_TRANSLATE_NOOP("Deadlines", "Dispatch the hotline transfer")},
    {DeadlineKind::FirstContact, "first_contact", QT_TRANSLATE_NOOP("Deadlines", "First contact with the complainant")},
    {DeadlineKind::LiaisonReply, "liaison_reply", QT_TRANSLATE_NOOP("Deadlines", "Answer the liaison point")},
};

const CodeEntry<DeadlineUnit> kUnits[] = {
    {DeadlineUnit::WorkingDays, "working_days", QT_TRANSLATE_NOOP("Deadlines", "working days")},
    {DeadlineUnit::CalendarDays, "calendar_days", QT_TRANSLATE_NOOP("Deadlines", "calendar days")},
    {DeadlineUnit::Hours, "hours", QT_TRANSLATE_NOOP("Deadlines", "hours")},
};

} // namespace

QString codeOf(DeadlineKind kind) { return codetable::codeIn(kKinds, kind); }
QString codeOf(DeadlineUnit unit) { return codetable::codeIn(kUnits, unit); }
QString labelOf(DeadlineKind kind) { return codetable::labelIn("Deadlines", kKinds, kind); }
QString labelOf(DeadlineUnit unit) { return codetable::labelIn("Deadlines", kUnits, unit); }
std::optional<DeadlineKind> deadlineKindFromCode(const QString &code) { return codetable::fromCode(kKinds, code); }
std::optional<DeadlineUnit> deadlineUnitFromCode(const QString &code) { return codetable::fromCode(kUnits, code); }
QList<DeadlineKind> allDeadlineKinds() { return codetable::valuesOf(kKinds); }

QString formatAmount(int amount, DeadlineUnit unit)
{
    switch (unit) {
    case DeadlineUnit::WorkingDays: return Msg::tr("%n working day(s)", nullptr, amount);
    case DeadlineUnit::CalendarDays: return Msg::tr("%n calendar day(s)", nullptr, amount);
    case DeadlineUnit::Hours: return Msg::tr("%n hour(s)", nullptr, amount);
    }
    return QString::number(amount);
}

const DeadlineRule *DeadlineRuleSet::rule(DeadlineKind kind, const QString &channelCode) const
{
    const DeadlineRule *general = nullptr;
    for (const DeadlineRule &candidate : rules) {
        if (candidate.kind != kind)
            continue;
        if (!channelCode.isEmpty() && candidate.channel == channelCode)
            return &candidate;
        if (candidate.channel.isEmpty())
            general = &candidate;
    }
    return general;
}

Status validateRuleSet(const DeadlineRuleSet &set)
{
    QList<FieldError> problems;
    if (set.name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"), Msg::tr("Give the rule set a name, e.g. the order that sets it.")});
    else if (const QString problem = textProblem(set.name); !problem.isEmpty())
        problems.append({QStringLiteral("name"), problem});
    if (const QString problem = textProblem(set.note); !problem.isEmpty())
        problems.append({QStringLiteral("note"), problem});
    if (!set.effectiveFrom.isValid())
        problems.append({QStringLiteral("effectiveFrom"), Msg::tr("Give the date from which the rules apply.")});
    if (set.rules.isEmpty())
        problems.append({QStringLiteral("rules"), Msg::tr("A rule set needs at least one rule.")});

    QSet<QString> seen;
    for (const DeadlineRule &rule : set.rules) {
        const QString field = QStringLiteral("rules.") + codeOf(rule.kind);
        if (rule.amount < 1 || rule.amount > kMaxDeadlineAmount)
            problems.append({field, Msg::tr("%1: the limit must be a whole number from 1 to %2.")
                                        .arg(labelOf(rule.kind))
                                        .arg(kMaxDeadlineAmount)});
        if (!rule.channel.isEmpty() && !channelFromCode(rule.channel))
            problems.append({field, Msg::tr("%1: unknown channel \"%2\".").arg(labelOf(rule.kind), rule.channel)});
        const QString key = codeOf(rule.kind) + QLatin1Char('/') + rule.channel;
        if (seen.contains(key))
            problems.append({field, Msg::tr("%1 is given twice.").arg(labelOf(rule.kind))});
        seen.insert(key);
    }
    if (problems.isEmpty())
        return {};
    QStringList messages;
    for (const FieldError &problem : problems)
        messages.append(problem.message);
    return Error{ErrorCode::InvalidInput,
                 Msg::tr("The rule set cannot be saved: %1").arg(messages.join(QLatin1Char(' '))), problems};
}

const DeadlineRuleSet *ruleSetInForce(const QList<DeadlineRuleSet> &sets, QDate date)
{
    const DeadlineRuleSet *best = nullptr;
    for (const DeadlineRuleSet &set : sets) {
        if (set.effectiveFrom <= date && (!best || set.effectiveFrom > best->effectiveFrom))
            best = &set;
    }
    return best;
}

} // namespace casedesk
