#pragma once

#include "domain/complaint.h"
#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// Consumers and businesses, shared by the complaints that name them.
class PartyRepository {
public:
    explicit PartyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Reuses the record of a returning consumer (same phone and name) or creates one;
    // a known record takes the newer address and ID number.
    Result<qint64> saveConsumer(const Consumer &consumer);
    // Reuses a business with the same credit code, or else the same name and address.
    Result<qint64> saveBusiness(const Business &business);

    Result<Consumer> consumer(qint64 id) const;
    Result<Business> business(qint64 id) const;

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
