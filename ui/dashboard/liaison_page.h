#pragma once

#include "reports/liaison_report_preview.h"
#include "stats/stats_period.h"

#include <QSqlDatabase>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;

namespace casedesk {

class NoticeBar;

// The dashboard's liaison-point page (联络点): for a quarter or a year, the ledger figures and
// the transfers by type of point and by street as two charts, a line of totals, and the
// report's print preview, PDF, Excel and CSV. Figures come from buildLiaisonReport(), as in the
// CLI and the PDF.
class LiaisonPointsPage : public QWidget {
    Q_OBJECT
public:
    LiaisonPointsPage(QSqlDatabase db, const QString &userName, const StatsPeriod &period, QWidget *parent = nullptr);

    StatsPeriod period() const;
    void setPeriod(const StatsPeriod &period); // a quarter or a year; refreshes
    void refresh();
    // For tests: the chart by type, then the one by street.
    QList<QChartView *> chartViews() const { return {m_byType, m_byStreet}; }
    QString errorText() const;
    QString totalsText() const;

private:
    void export_(LiaisonReportOutput output);

    QSqlDatabase m_db;
    QString m_user;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QComboBox *m_quarter;
    NoticeBar *m_error;
    QLabel *m_totals;
    QChartView *m_byType;
    QChartView *m_byStreet;
    bool m_building = false;
};

} // namespace casedesk
