#pragma once

#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace casedesk {

// Gives the demo's complaints against card-selling businesses (gyms, salons, schools,
// laundries...) prepaid-card details, inside the generator's transaction. The businesses
// named in `burstBusinesses` closed overnight: their members report them closed or gone
// without notice. The generator hands over each case as it writes it (in id order), so a
// seed always gives the same cards and no second pass over the cases is needed.
class DemoPrepaidCards {
public:
    DemoPrepaidCards(const QStringList &burstBusinesses, quint64 seed);
    ~DemoPrepaidCards();

    // A case just written: gets a card if its business sells them.
    void consider(qint64 complaintId, qint64 businessId, const QString &businessName, qint64 amountFen,
                  const QDate &incidentDate);
    // Writes the cards collected so far.
    Status write(const QSqlDatabase &db, const QDateTime &now);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace casedesk
