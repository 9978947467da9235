#pragma once

#include "demo/weighted_random.h"
#include "liaison/liaison_point.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace casedesk {

// The demo's liaison-point network (issue 19 item 6), written in the demo's transaction: about one
// point for every 10 cases (20 to 400) of every type in the council's district, each guided by a
// demo caseworker, a few suspended or closed; then, after the cases, a ledger for every month of
// the demo's three years a point was active, the officials' visits (most points most quarters),
// a few leads a month with their outcomes, and last year's assessment on the default sheet with
// a few model points. Its own dice: a seed gives the same cases as before the network existed.
class DemoLiaisonNetwork {
public:
    DemoLiaisonNetwork(quint64 seed, const QDateTime &end);

    // Before the cases. A file that has points already (an earlier demo run) keeps its network:
    // its points take this run's transfers, and nothing else is added.
    Status addPoints(const QSqlDatabase &db, const QString &district, const QStringList &officials, int cases);
    // The point a transfer received at `receivedAt` came through: one set up by then and not
    // closed before it, markets, malls and platforms more often than schools.
    qint64 pointFor(const QDateTime &receivedAt);
    // After the cases: ledgers, visits, leads and last year's assessment (a new network only).
    Status addRecords(const QSqlDatabase &db, const QString &supervisor);

private:
    struct Point {
        qint64 id = 0;
        LiaisonPointType type = LiaisonPointType::Other;
        QString official;
        QString street;
        QDate setUpOn;
        LiaisonPointStatus status = LiaisonPointStatus::Active;
        QDate stoppedOn; // a suspended or closed point's first month without a ledger
    };
    // Whether `p` was working in the month starting `month`.
    bool activeIn(const Point &p, const QDate &month) const;
    Status loadExisting(const QSqlDatabase &db);
    Status addLedgers(const QSqlDatabase &db);
    Status addVisits(const QSqlDatabase &db);
    Status addLeads(const QSqlDatabase &db);
    Status addAssessment(const QSqlDatabase &db, const QString &supervisor);

    demo::Dice m_dice;
    demo::Dice m_transferDice; // used case by case on the writing thread
    QDateTime m_end;
    QDate m_firstMonth; // of the demo's period
    QDate m_lastMonth;  // the last whole month before the end
    QString m_district;
    QList<Point> m_points;
    std::optional<demo::WeightedTable> m_transferTable;
    bool m_new = false;
};

} // namespace casedesk
