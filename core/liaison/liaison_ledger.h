#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace casedesk {

// A point's ledger (台账) for one month: what it did besides transferring complaints.
struct LedgerFigures {
    qint64 consultations = 0; // consultations answered
    qint64 trainees = 0;      // people trained
    qint64 trainings = 0;     // trainings held
    qint64 leaflets = 0;      // leaflets handed out
    qint64 settled = 0;       // disputes settled on site (without a case)
    qint64 settledFen = 0;    // the money of those settlements, in fen

    LedgerFigures &operator+=(const LedgerFigures &other);
    bool operator==(const LedgerFigures &other) const;
};

struct LedgerMonth {
    qint64 pointId = 0;
    QDate month; // the first day of the month
    LedgerFigures figures;
    // The version read (0 for a month never saved): a save with a version another desk has
    // moved on from is refused.
    int version = 0;
    QString savedBy;
    QDateTime savedAt;
};

// A visit of the assigned official (定人指导).
struct LiaisonVisit {
    qint64 id = 0;
    qint64 pointId = 0;
    QDate visitedOn;
    QString official;
    QString findings;
    QString recordedBy;
    QDateTime recordedAt;
};

} // namespace casedesk
