#pragma once

#include "liaison/liaison_point.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace casedesk {

// The liaison points' directory: what a directory window and `casedesk-cli points` call.
//
// Reading needs Permission::ViewCases. The contact's phone is personal data: masked
// (138****1234) for a user without Permission::RevealPersonalData, who may ask for the full
// number with revealContactPhone() (noted in the desk log); an auditor reads no contact at all
// (on a server the columns are not granted to auditors, server_rights.cpp).
// Changes need Permission::ManageDirectories, run in one transaction each and are noted in the
// desk log (desk_events) with who, when and what changed.
class LiaisonPointService {
public:
    explicit LiaisonPointService(QSqlDatabase db) : m_db(std::move(db)) {}

    static constexpr int kMaxLine = 200;

    Result<QList<LiaisonPoint>> list(const LiaisonPointFilter &filter, const QString &actor) const;
    Result<LiaisonPoint> get(qint64 id, const QString &actor) const;
    // The streets the points are in, sorted: a filter box's choices.
    Result<QStringList> streets(const QString &actor) const;
    Result<QString> revealContactPhone(qint64 id, const QString &actor,
                                       const QDateTime &now = QDateTime::currentDateTime());

    // A new point: checked (checkPoint), refused when a point with the same name and address
    // exists (edit or merge that one instead). Returns it as stored (version 1).
    Result<LiaisonPoint> add(LiaisonPoint point, const QString &actor,
                             const QDateTime &now = QDateTime::currentDateTime());
    // Saves an edited point; `point.version` is the version read: if another desk saved in
    // between, ErrorCode::Conflict and nothing changes. A contact phone left as the masked
    // value the editor was shown keeps the stored number.
    Result<LiaisonPoint> edit(LiaisonPoint point, const QString &actor,
                              const QDateTime &now = QDateTime::currentDateTime());
    // Two records of one point: `otherId`'s transfers, leads, ledgers (a month both have is
    // added up) and visits move to `keptId`, and `otherId` is removed. Returns the kept point.
    Result<LiaisonPoint> merge(qint64 keptId, qint64 otherId, const QString &actor,
                               const QDateTime &now = QDateTime::currentDateTime());

    // The checks of add() and edit() that need no database (also the import's, row by row):
    // a name, readable texts of at most kMaxLine characters, a phone that looks like one, a
    // set-up date not in the future, a model title with its year (not in the future) and a
    // year only with a title. Field keys are the member names.
    static Status checkPoint(const LiaisonPoint &point, const QDate &today);
    // `into`'s empty fields taken from `from` (two records of one point: an import's duplicate row,
    // a merge).
    static void fillEmptyFields(LiaisonPoint &into, const LiaisonPoint &from);

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
