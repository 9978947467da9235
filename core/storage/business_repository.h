#pragma once

#include "prepaid/prepaid_card.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// One business with its case load, for the businesses view.
struct BusinessRow {
    qint64 id = 0;
    QString name;
    QString creditCode;
    QString address;
    QString district;
    bool networked = false; // 投诉联网企业
    int openComplaints = 0;
    int closedComplaints = 0;
    int groups = 0;
    int prepaidComplaints = 0;
    int forwardedOpen = 0; // its cases forwarded to it and not answered yet
    // What the latest card details say about it (Unknown if none do).
    BusinessState state = BusinessState::Unknown;
};

// Businesses with their counts, and merging two records of the same business.
class BusinessRepository {
public:
    explicit BusinessRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Businesses whose name or credit code contains `search` (all if empty), most complained
    // about first, at most `limit`.
    Result<QList<BusinessRow>> list(const QString &search = {}, int limit = 500) const;
    Result<BusinessRow> get(qint64 businessId) const;
    // Ids of the business's complaints, newest first.
    Result<QList<qint64>> complaintsOf(qint64 businessId) const;


    // Moves every case, group and acknowledged alert of `mergedId` to `keptId`, fills the
    // kept record's empty fields from the other, records the merge and removes the merged
    // record; one audit line per moved case (ManageGroups). Two records with different
    // credit codes are never merged; without the same credit code the caseworker must
    // confirm they are the same business. Returns the number of cases moved.
    Result<int> merge(qint64 keptId, qint64 mergedId, bool confirmed, const QString &reason, const QString &actor,
                      const QDateTime &now = QDateTime::currentDateTime());

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
