#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Deadline rules as data: which limit applies to which step of a case, from which date.
// The published rules change (SAMR Order No. 121 replaced the 2019/2022 rules on
// 2026-04-15) and 12345 limits are local, so none of the numbers live in code.

namespace casedesk {

// What a deadline asks for. Stable codes (storage, CLI, JSON) in deadline_rules.cpp.
enum class DeadlineKind {
    Accept,            // accept or refuse, counted from receipt
    Mediation,         // end mediation (agreement or termination), counted from acceptance
    TerminationNotice, // tell the parties of a termination, counted from the termination
    Enterprise,        // a networked enterprise settles, counted from forwarding
    HotlineSign,       // sign for a 12345 transfer (签收), counted from receipt
    HotlineReply,      // reply to the hotline (回复), counted from receipt
    HotlineDispatch,   // dispatch a 12345 transfer (派单), counted from receipt
    FirstContact,      // first contact with the complainant (24-hour first response), counted from receipt
    LiaisonReply,      // tell the liaison point what the council decided on its transfer, counted from receipt
};

enum class DeadlineUnit {
    WorkingDays,  // the n-th working day after the start day, see WorkingCalendar
    CalendarDays, // the n-th day after the start day
    Hours,        // clock hours from the start time, nights and holidays included
};

QString codeOf(DeadlineKind kind);
QString codeOf(DeadlineUnit unit);
QString labelOf(DeadlineKind kind);
QString labelOf(DeadlineUnit unit);
// "7 working days", "2 hours": an amount with its unit, for people.
QString formatAmount(int amount, DeadlineUnit unit);
std::optional<DeadlineKind> deadlineKindFromCode(const QString &code);
std::optional<DeadlineUnit> deadlineUnitFromCode(const QString &code);
QList<DeadlineKind> allDeadlineKinds();

struct DeadlineRule {
    DeadlineKind kind = DeadlineKind::Accept;
    QString channel; // a channel code such as "12345", or empty for every channel
    int amount = 0;
    DeadlineUnit unit = DeadlineUnit::WorkingDays;
};

struct DeadlineRuleSet {
    qint64 id = 0;
    QString name;
    QDate effectiveFrom; // applies to cases received on or after this date, until the next set
    QString note;
    QList<DeadlineRule> rules;

    // The rule of `kind` for a case that came in on `channelCode`: a rule for that channel
    // wins over the rule for every channel. Null if the set has neither.
    const DeadlineRule *rule(DeadlineKind kind, const QString &channelCode) const;
};

// The largest amount a rule may have, in any unit: a typo guard (450 for 45), not a law.
constexpr int kMaxDeadlineAmount = 999;

// Checks a set before it is saved: a name, a valid start date, at least one rule, amounts
// from 1 to kMaxDeadlineAmount, known channels, no rule twice. Field keys: "name",
// "effectiveFrom", "note", "rules", "rules.<kind>".
Status validateRuleSet(const DeadlineRuleSet &set);

// The set in force on `date`: the one with the latest effectiveFrom on or before it. Null
// if every set starts later. `sets` may be in any order.
const DeadlineRuleSet *ruleSetInForce(const QList<DeadlineRuleSet> &sets, QDate date);

} // namespace casedesk
