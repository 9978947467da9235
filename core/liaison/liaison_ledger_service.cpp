#include "liaison/liaison_ledger_service.h"

#include "auth/permissions.h"
#include "domain/money.h"
#include "liaison/liaison_access.h"
#include "mediation/mediation_checks.h"
#include "storage/desk_event_repository.h"
#include "storage/liaison_ledger_repository.h"
#include "storage/liaison_point_repository.h"
#include "storage/sql_helpers.h"
#include "storage/user_repository.h"

#include <QCoreApplication>

namespace casedesk {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Liaison)
};

Status checkPointExists(const QSqlDatabase &db, qint64 pointId)
{
    auto point = LiaisonPointRepository(db).get(pointId, LiaisonPointRepository::Contacts::Left);
    if (!point)
        return point.error().code == ErrorCode::NotFound ? mediation::invalid(QStringLiteral("pointId"), point.error().message)
                                                         : point.error();
    return {};
}

QString figuresText(const LedgerFigures &f)
{
    return QStringLiteral("%1/%2/%3/%4/%5/%6")
        .arg(f.consultations)
        .arg(f.trainees)
        .arg(f.trainings)
        .arg(f.leaflets)
        .arg(f.settled)
        .arg(f.settledFen);
}

} // namespace

LedgerFigures &LedgerFigures::operator+=(const LedgerFigures &o)
{
    consultations += o.consultations;
    trainees += o.trainees;
    trainings += o.trainings;
    leaflets += o.leaflets;
    settled += o.settled;
    settledFen += o.settledFen;
    return *this;
}

bool LedgerFigures::operator==(const LedgerFigures &o) const
{
    return consultations == o.consultations && trainees == o.trainees && trainings == o.trainings &&
           leaflets == o.leaflets && settled == o.settled && settledFen == o.settledFen;
}

Status LiaisonLedgerService::checkMonth(const LedgerMonth &l, const QDate &today)
{
    if (!l.month.isValid())
        return mediation::invalid(QStringLiteral("month"), Msg::tr("Give the ledger's month."));
    if (QDate(l.month.year(), l.month.month(), 1) > QDate(today.year(), today.month(), 1))
        return mediation::invalid(QStringLiteral("month"), Msg::tr("The ledger's month %1 has not come yet.")
                                                               .arg(l.month.toString(QStringLiteral("yyyy-MM"))));
    const std::pair<const char *, std::pair<QString, qint64>> counts[] = {
        {"consultations", {Msg::tr("Consultations answered"), l.figures.consultations}},
        {"trainees", {Msg::tr("People trained"), l.figures.trainees}},
        {"trainings", {Msg::tr("Trainings held"), l.figures.trainings}},
        {"leaflets", {Msg::tr("Leaflets handed out"), l.figures.leaflets}},
        {"settled", {Msg::tr("Disputes settled on site"), l.figures.settled}},
    };
    for (const auto &[field, labelled] : counts) {
        if (labelled.second < 0 || labelled.second > kMaxCount)
            return mediation::invalid(QString::fromLatin1(field), Msg::tr("%1: give a whole number from 0 to %2.")
                                                                      .arg(labelled.first)
                                                                      .arg(kMaxCount));
    }
    if (auto s = mediation::checkAmount(QStringLiteral("settledFen"), Msg::tr("The amount settled on site"),
                                        l.figures.settledFen);
        !s)
        return s;
    if (l.figures.settledFen > 0 && l.figures.settled == 0)
        return mediation::invalid(QStringLiteral("settledFen"),
                                  Msg::tr("An amount settled on site needs the number of disputes settled."));
    return {};
}

Result<LedgerMonth> LiaisonLedgerService::saveMonth(LedgerMonth l, const QString &actor, const QDateTime &now)
{
    if (auto checked = checkMonth(l, now.date()); !checked)
        return checked.error();
    l.month = QDate(l.month.year(), l.month.month(), 1);
    // Each attempt saves the month as given (its version the one read): the version moves on
    // only with the commit.
    return inRetriedTransaction(m_db, [&]() -> Result<LedgerMonth> {
        LedgerMonth month = l;
        auto user = authorize(m_db, actor, Permission::WorkCase);
        if (!user)
            return user.error();
        if (auto point = checkPointExists(m_db, month.pointId); !point)
            return point.error();
        LiaisonLedgerRepository ledgers(m_db);
        month.savedBy = user->name;
        month.savedAt = now;
        auto saved = month.version == 0 ? ledgers.insert(month) : ledgers.update(month);
        if (!saved)
            return saved.error();
        if (!saved.value())
            return Error{ErrorCode::Conflict,
                         Msg::tr("Someone else saved the ledger of %1 for this point a moment ago; read it again and "
                                 "make your change once more.")
                             .arg(storedMonth(month.month)),
                         {}};
        if (auto logged = DeskEventRepository(m_db).record(
                {0, now, user->name, QStringLiteral("liaison_ledger_saved"),
                 QStringLiteral("point #%1 %2").arg(month.pointId).arg(storedMonth(month.month)),
                 figuresText(month.figures)});
            !logged)
            return logged.error();
        month.version += 1;
        return month;
    });
}

Result<QList<LedgerMonth>> LiaisonLedgerService::year(qint64 pointId, int year, const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    auto saved = LiaisonLedgerRepository(m_db).year(pointId, year);
    if (!saved)
        return saved.error();
    QList<LedgerMonth> months;
    for (int m = 1; m <= 12; ++m) {
        LedgerMonth month;
        month.pointId = pointId;
        month.month = QDate(year, m, 1);
        for (const LedgerMonth &stored : saved.value()) {
            if (stored.month == month.month)
                month = stored;
        }
        months.append(month);
    }
    return months;
}

Result<LiaisonVisit> LiaisonLedgerService::addVisit(LiaisonVisit v, const QString &actor, const QDateTime &now)
{
    v.official = v.official.trimmed();
    if (auto s = mediation::checkPastDate(QStringLiteral("visitedOn"), Msg::tr("The day of the visit"), v.visitedOn,
                                          now.date());
        !s)
        return s.error();
    if (auto s = mediation::checkText(QStringLiteral("findings"), Msg::tr("The findings"), v.findings, kMaxFindings, false);
        !s)
        return s.error();
    return inRetriedTransaction(m_db, [&]() -> Result<LiaisonVisit> {
        auto user = authorize(m_db, actor, Permission::WorkCase);
        if (!user)
            return user.error();
        if (auto point = checkPointExists(m_db, v.pointId); !point)
            return point.error();
        if (v.official.isEmpty())
            v.official = user->name;
        if (auto official = checkOfficial(m_db, v.official); !official)
            return official.error();
        v.recordedBy = user->name;
        v.recordedAt = now;
        auto id = LiaisonLedgerRepository(m_db).insertVisit(v);
        if (!id)
            return id.error();
        v.id = id.value();
        if (auto logged = DeskEventRepository(m_db).record({0, now, user->name, QStringLiteral("liaison_visit_added"),
                                                            QStringLiteral("point #%1").arg(v.pointId),
                                                            v.visitedOn.toString(Qt::ISODate)});
            !logged)
            return logged.error();
        return v;
    });
}

Result<QList<LiaisonVisit>> LiaisonLedgerService::visits(qint64 pointId, int year, const QString &actor) const
{
    if (auto user = authorize(m_db, actor, Permission::ViewCases); !user)
        return user.error();
    return LiaisonLedgerRepository(m_db).visits(pointId, year);
}

} // namespace casedesk
