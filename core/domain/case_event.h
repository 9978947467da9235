#pragma once

#include "domain/codes.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace casedesk {

// One step of a case's lifecycle (the timeline): the status it left and the one it entered.
struct CaseEvent {
    qint64 id = 0; // 0 for the registration step, which is not stored (see workflow/case_timeline.h)
    qint64 complaintId = 0;
    QDateTime at;         // when it happened (a decision taken on paper may be entered later)
    QDateTime recordedAt; // when it was entered
    QString actor;
    std::optional<CaseStatus> from; // none for the registration step
    CaseStatus to = CaseStatus::Registered;
    QString ground; // code from the vocabulary of groundKindFor(to), or empty
    QString note;
};

} // namespace casedesk
