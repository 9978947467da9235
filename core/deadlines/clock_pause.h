#pragma once

#include <QDateTime>
#include <QString>

namespace casedesk {

// A stretch of time that does not count against a case's deadlines: appraisal or testing
// (鉴定/检测) during mediation. See case_deadlines.h for how it moves the due dates.
struct ClockPause {
    qint64 id = 0;
    qint64 complaintId = 0;
    QDateTime startedAt;
    QDateTime endedAt; // null while the appraisal or test is still running
    QString reason;
    QString actor;

    bool isOpen() const { return endedAt.isNull(); }
};

} // namespace casedesk
