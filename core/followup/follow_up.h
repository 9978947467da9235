#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Follow-up visits (回访) after a case is finished, the monthly spot-check sample
// (抽查测评) and typical cases (典型案例) flagged for publication.

namespace casedesk {

// What the consumer said; None for an attempt that reached nobody.
enum class FollowUpResult { None, Satisfied, BasicallySatisfied, Dissatisfied };

QString codeOf(FollowUpResult value);  // "", "satisfied", "basically_satisfied", "dissatisfied"
QString labelOf(FollowUpResult value); // 满意 / 基本满意 / 不满意
std::optional<FollowUpResult> followUpResultFromCode(const QString &code);

// The caseworker's attitude as the consumer rated it: 1 (poor) to 5 (excellent); 0 = not rated.
constexpr int kMaxAttitude = 5;
constexpr int kMaxFollowUpCommentLength = 2000;

struct FollowUp {
    qint64 id = 0;
    qint64 complaintId = 0;
    QDateTime at;         // when the call or visit took place
    QDateTime recordedAt; // when it was entered
    QString actor;
    bool reached = false; // the consumer was reached; else an attempt (no answer, wrong number)
    FollowUpResult result = FollowUpResult::None;
    int attitude = 0;
    QString comment;
    bool spotCheck = false; // made for the supervisor's monthly sample
};

// A case drawn for a month's spot check.
struct SpotCheck {
    QString month; // "2026-10": the month its case was closed in
    qint64 complaintId = 0;
    QString caseNumber;
    QString caseworker;
    QDateTime drawnAt;
    QString drawnBy;
    bool done = false; // a spot-check visit reached the consumer since it was drawn
};

constexpr int kMaxTypicalTitleLength = 100;
constexpr int kMaxTypicalSummaryLength = 4000;

// A case flagged for publication with its short write-up.
struct TypicalCase {
    qint64 complaintId = 0;
    QString caseNumber;
    QString title;
    QString summary;
    QString markedBy;
    QDateTime markedAt;
    QString categoryName;
    QString businessName;
    qint64 amountFen = 0;
    qint64 recoveredFen = 0;
};

// Which of `ids` a spot check takes: ceil(share × n) of them (at least one when there are
// any, all when share ≥ 1), chosen by `seed` so the same month draws the same sample.
QList<qint64> sampleForSpotCheck(QList<qint64> ids, double share, quint64 seed);

} // namespace casedesk
