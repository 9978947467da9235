#pragma once

#include "domain/codes.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// 群体性投诉: many consumers' complaints about one business handled as one group, so every
// member gets the same answer. Plain data; GroupService (group_service.h) changes them.

namespace casedesk {

struct CaseGroup {
    qint64 id = 0;
    QString name;
    qint64 businessId = 0; // 0: made from selected cases of several businesses
    QString businessName;
    QString note;
    QDateTime createdAt;
    QString createdBy;
    int members = 0;
    int openMembers = 0;
};

// One claimant on the group's roster.
struct GroupMember {
    qint64 complaintId = 0;
    QString caseNumber;
    QString consumerName;
    QString consumerPhone; // full: mask it where shown (privacy/masking.h)
    CaseStatus status = CaseStatus::Registered;
    QString assignee;
    bool representative = false; // a representative case (代表性案件) heard first
    bool hasCard = false;
    QString cardNumber;
    qint64 paidFen = 0;    // paid for the card (0 without card details)
    qint64 balanceFen = 0; // balance left on the card
    qint64 amountFen = 0;  // amount involved on the complaint
    std::optional<qint64> outcomeFen; // the member's amount under the group's recorded outcome
    qint64 recoveredFen = 0;

    // What the member claims: the card balance, else the amount involved. The outcome's
    // amount is what they get (outcomeFen), not what they claimed.
    qint64 claimFen() const { return hasCard ? balanceFen : amountFen; }
};

struct GroupView {
    CaseGroup group;
    QList<GroupMember> members; // by case number
    qint64 totalPaidFen = 0;
    qint64 totalBalanceFen = 0;
    qint64 totalClaimFen = 0;   // what the members claimed, before and after any outcome
    qint64 totalOutcomeFen = 0; // the members' amounts under the recorded outcome
    QMap<CaseStatus, int> statusCounts;
    QList<GroupMember> representatives() const;
};

// What an outcome's percentage is taken of.
enum class OutcomeBasis { Balance, Paid, Amount };
QString codeOf(OutcomeBasis basis);
QString labelOf(OutcomeBasis basis);
std::optional<OutcomeBasis> outcomeBasisFromCode(const QString &code);

// One outcome for the whole group, e.g. "the business refunds 60% of each balance".
struct GroupOutcome {
    OutcomeBasis basis = OutcomeBasis::Balance;
    int percent = 100; // 0..100
    QString description;
    // The money has been paid: each member's amount is added to the case's recovered money.
    bool recovered = false;
};

// The member's amount under the outcome, in fen, rounded half up.
qint64 outcomeAmount(const GroupMember &member, OutcomeBasis basis, int percent);

// Why a member has no part in a group outcome (empty: they take part). `referred`: the
// member's dispute went to a court. Terminated, refused or returned cases and referred ones
// did not take part in the group's mediation; without card details there is no balance or
// amount paid to take a share of.
QString whyLeftOut(const GroupMember &member, bool referred, OutcomeBasis basis);

// A member left out of an outcome, and why.
struct OutcomeLeftOut {
    qint64 complaintId = 0;
    QString caseNumber;
    QString reason;
};

struct GroupOutcomeResult {
    qint64 totalFen = 0; // the sum of the amounts of the members who took part
    int members = 0;     // how many took part
    QList<OutcomeLeftOut> leftOut;
};

} // namespace casedesk
