#pragma once

#include "liaison/liaison_point.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// The liaison points' directory (table liaison_points, schema step 25). SQL only: the rules
// are LiaisonPointService's.
class LiaisonPointRepository {
public:
    explicit LiaisonPointRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Whether the contact's columns are read. Without them (an auditor, who may not read them
    // on a server) they come back empty.
    enum class Contacts { Read, Left };

    Result<LiaisonPoint> get(qint64 id, Contacts contacts = Contacts::Read) const;
    // By name, then id.
    Result<QList<LiaisonPoint>> list(const LiaisonPointFilter &filter, Contacts contacts = Contacts::Read) const;
    // The point with exactly this name and address, if any (the duplicate an import merges into).
    Result<std::optional<qint64>> findByNameAndAddress(const QString &name, const QString &address) const;
    // Complaints registered through the point, and their ids.
    Result<int> transferCount(qint64 id) const;
    Result<QList<qint64>> transferredCases(qint64 id) const;

    // Inside the caller's transaction. insert() stores version 1.
    Result<qint64> insert(const LiaisonPoint &point);
    // Saves the point if its stored version is still `point.version`, and moves it on by one;
    // false when another desk saved first.
    Result<bool> update(const LiaisonPoint &point);
    // Moves `otherId`'s transfers (each case's version moves on: an edit opened before is
    // refused as stale), leads, ledgers, visits and assessments to `keptId` and removes `otherId`.
    // A month both have: the same figures are one ledger typed twice and count once; different
    // figures are added up in the kept point's row. A year both were scored in keeps the kept
    // point's assessment.
    Status merge(qint64 keptId, qint64 otherId, const QString &actor, const QDateTime &now);

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
