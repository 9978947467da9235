#pragma once

#include "mediation/mediation_codes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Plain records of mediation and court referral (schema step 6). Storage is in
// core/storage, rules and permissions in the services beside this file.

namespace casedesk {

// One person in the mediator directory.
struct Mediator {
    qint64 id = 0;
    QString name;
    MediatorKind kind = MediatorKind::Staff;
    QString office; // professional office or firm, e.g. 汽车专业委员会, a law firm
    QString phone;
    QString email;
    bool active = true; // people who left stay on old sessions but cannot be booked
};

// A court or circuit hearing point that disputes are referred to.
struct Court {
    qint64 id = 0;
    QString name;
    CourtKind kind = CourtKind::Court;
    QString address;
    bool active = true;
};

// One mediation session of a case.
struct MediationSession {
    qint64 id = 0;
    qint64 complaintId = 0;
    QDateTime startsAt; // local time with offset
    int minutes = 60;
    SessionMode mode = SessionMode::OnSite;
    QString place;        // room, address, or the video meeting's number
    QString participants; // the parties and others present, as the record names them
    QString record;       // 笔录: what was said and done
    SessionOutcome outcome = SessionOutcome::Planned;
    QList<qint64> mediatorIds;
    QStringList mediatorNames; // filled when read
    QString caseNumber;        // filled when read
    QDateTime recordedAt;
    QString recordedBy;

    QDateTime endsAt() const { return startsAt.addSecs(qint64(minutes) * 60); }
};

// A mediator booked for two sessions at once.
struct BookingClash {
    QString mediatorName;
    qint64 otherSessionId = 0;
    QString otherCaseNumber;
    QDateTime otherStartsAt;
    int otherMinutes = 0;
};

// 调解协议书: the contents 人民调解法 Art. 29 requires (the parties come from the case).
struct MediationAgreement {
    qint64 complaintId = 0;
    QString facts;             // 纠纷的主要事实
    QString disputes;          // 争议事项
    QString responsibility;    // 各方当事人的责任
    QString terms;             // 协议内容: the agreed terms
    QString performanceMethod; // 履行方式
    QString performancePlace;  // 履行地点
    QDate performBy;           // 履行期限
    qint64 amountFen = 0;      // money the business agreed to pay or refund
    std::optional<qint64> mediatorId;
    int copies = 3; // each party one, the council one
    QDate signedOn; // invalid while it is a draft
    Performance performance = Performance::Pending;
    QDate performanceCheckedOn;
    qint64 recoveredFen = 0; // actually recovered through this agreement
    QDateTime updatedAt;
    QString updatedBy;

    bool isSigned() const { return signedOn.isValid(); }
};

// The deadline to tell the parties of a termination, and whether it was done.
struct TerminationRecord {
    qint64 eventId = 0;
    qint64 complaintId = 0;
    QDateTime terminatedAt;
    QString ground; // TerminationGround code
    QString note;
    QDate noticeDue;  // 7 working days after the termination
    QDate notifiedOn; // invalid until the parties were told
    QString method;   // how they were told (phone, letter, SMS...)
};

struct CourtHearing {
    qint64 id = 0;
    QDateTime at;
    QString note;
};

// 诉调对接: the dispute handed to a court after mediation failed.
struct CourtReferral {
    qint64 complaintId = 0;
    QDate consentOn; // the consumer agreed to the referral
    qint64 courtId = 0;
    QString courtName; // filled when read
    QDate referredOn;
    QString claims;                 // 诉讼请求
    std::optional<qint64> lawyerId; // the volunteer lawyer who helped
    QString lawyerName;             // filled when read
    QString courtCaseNumber;
    ReferralOutcome outcome = ReferralOutcome::Pending;
    QDate decidedOn;
    qint64 awardedFen = 0;
    qint64 recoveredFen = 0;
    QList<CourtHearing> hearings;
    QDateTime updatedAt;
    QString updatedBy;
};

// Longest texts accepted: a record or the facts may be long, names and places are short.
constexpr int kMaxMediationText = 20000;
constexpr int kMaxMediationLine = 200;

} // namespace casedesk
