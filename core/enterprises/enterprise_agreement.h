#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace casedesk {

// The complaint-network agreement (投诉联网协议) between the council and a business that gets
// many complaints: the council forwards them and the business settles them itself first.
struct EnterpriseAgreement {
    qint64 businessId = 0;
    QDate signedOn;
    QString contactPerson;
    QString contactPhone;
    QString complaintDesk; // the business's own complaint desk (phone, address or online)
    bool odr = false;      // takes part in online dispute resolution (在线消费纠纷解决)
    QDate endedOn;         // invalid while the agreement runs
    QString updatedBy;
    QDateTime updatedAt;

    bool active() const { return !endedOn.isValid(); }
};

// An enterprise as its list shows it: the agreement, the business's name and its cases now
// with it (forwarded, not answered yet).
struct EnterpriseRow {
    EnterpriseAgreement agreement;
    QString businessName;
    int forwardedOpen = 0;
};

} // namespace casedesk
