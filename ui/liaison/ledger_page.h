#pragma once

#include "liaison/liaison_ledger.h"
#include "liaison/liaison_point.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QSpinBox;
class QTableWidget;

namespace casedesk {

class NoticeBar;

// A point's ledger (台账) for a year as its official keeps it: one row per month (consultations,
// people trained, trainings, leaflets, disputes settled on site and their amount), typed in
// place and saved together; below, the official's visits with what they found.
class LedgerPage : public QWidget {
    Q_OBJECT
public:
    LedgerPage(QSqlDatabase db, const QString &actor, QWidget *parent = nullptr);

    // The points to choose from (the directory's list).
    void setPoints(const QList<LiaisonPoint> &points);
    void showPoint(qint64 pointId, int year);
    // Saves the months whose figures changed; false with the problems shown when one is refused.
    bool saveChanges();
    bool addVisit(const QDate &on, const QString &findings);

    QComboBox *pointBox() const { return m_point; }
    QSpinBox *yearBox() const { return m_year; }
    QTableWidget *monthTable() const { return m_months; }
    QTableWidget *visitTable() const { return m_visits; }
    NoticeBar *notice() const { return m_notice; }

private:
    void load();
    LedgerFigures typedFigures(int row, QString *problem) const;
    void chooseVisit();

    QSqlDatabase m_db;
    QString m_actor;
    QList<LiaisonPoint> m_points;
    QList<LedgerMonth> m_loaded;
    QComboBox *m_point;
    QSpinBox *m_year;
    QTableWidget *m_months;
    QTableWidget *m_visits;
    NoticeBar *m_notice;
};

} // namespace casedesk
