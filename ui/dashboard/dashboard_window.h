#pragma once

#include "query/case_list_query.h"
#include "reports/notice_preview.h"
#include "stats/statistics_service.h"

#include <QSqlDatabase>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace casedesk {

class DashboardTile;
class NoticeBar;

// The supervisor's dashboard: headline figures with 同比 arrows and the charts of a month,
// quarter or year. Clicking a bar, slice or point asks the main window to show the cases
// behind it (openCases). Figures come from StatisticsService, as in the CLI and the PDF.
class DashboardWindow : public QWidget {
    Q_OBJECT
public:
    DashboardWindow(QSqlDatabase db, const QString &userName, QWidget *parent = nullptr);

    StatsPeriod period() const;
    // What the figures are narrowed to (district, category, channel, caseworker).
    StatsFilter filter() const;
    void setFilter(const StatsFilter &filter);
    void setPeriod(const StatsPeriod &period); // month, quarter or year
    // Recomputes everything for the chosen period.
    void refresh();
    // Who is looking (statistics need the ViewStatistics permission); refreshes.
    void setUser(const QString &userName);
    // For tests and screenshots.
    QList<DashboardTile *> tiles() const { return m_tiles; }
    QList<QChartView *> chartViews() const { return m_views; }
    QString errorText() const;

signals:
    void openCases(const casedesk::CaseFilter &filter);

private:
    static QString definitionOf(const QString &key);
    void buildPeriodPicker(QLayout *layout);
    void buildFilters(QLayout *layout);
    void updateSubPeriods();
    void setChart(int index, QChart *chart);
    void connectClicks(int index, QChart *chart);
    CaseFilter periodFilter() const;
    void exportCsv(StatsDimension dimension);
    void exportMeasures();
    void showReport();
    // Every table of the shown period and filter in one Excel workbook.
    void exportWorkbook();
    // The quarter of the quarterly notice: the one shown, or the one the shown period ends in.
    StatsPeriod noticeQuarter() const;
    void showNotice(NoticeOutput output);

    QSqlDatabase m_db;
    QString m_user;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QComboBox *m_sub;
    QComboBox *m_district;
    QComboBox *m_category;
    QComboBox *m_channel;
    QComboBox *m_caseworker;
    StatsFilter m_shownFilter;
    NoticeBar *m_error; // why the figures are missing, or why an export or report failed
    QString m_filterProblem; // a filter list that could not be loaded (said again on each refresh)
    QList<DashboardTile *> m_tiles;
    QList<QChartView *> m_views;
    StatsPeriod m_shown;
    bool m_building = false;
};

} // namespace casedesk
