#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// A networked enterprise's answer to a complaint the council forwarded to it (先行和解): it
// settled with the complainant (what was agreed, how much was paid) or it did not (why).

namespace casedesk {

struct EnterpriseAnswer {
    qint64 forwardEventId = 0; // the forwarding step it answers
    qint64 complaintId = 0;
    bool settled = false;
    QString text;          // settled: what was agreed; failed: why not
    qint64 amountFen = 0;  // settled: the money paid (on the case's recovered ledger)
    QDate answeredOn;
    QDate forwardedOn;     // filled when read: the forwarding step's day
    QString recordedBy;
    QDateTime recordedAt;
};

} // namespace casedesk
