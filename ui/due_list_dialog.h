#pragma once

#include "deadlines/due_list.h"
#include "result.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace casedesk {
class NoticeBar;

// "Due soon / overdue": every deadline still to meet on open cases that is late or falls due
// within a few working days, most urgent first. Double-click a line to open the case. The
// deadlines are read on a worker thread; the list fills in when they arrive. An office with
// thousands of late deadlines sees the kPageRows most urgent and how many there are, and can
// ask for all of them.
class DueListDialog : public QDialog {
    Q_OBJECT
public:
    DueListDialog(QSqlDatabase db, QString currentUser, QWidget *parent = nullptr);
    static constexpr int kPageRows = 500;

    bool isLoading() const { return m_loading > 0; } // a load (maybe one no longer shown) is under way

public slots:
    void refresh();
    // Every line of the list (not only the page shown) to an Excel workbook, names masked.
    Status exportWorkbook(const QString &path);

signals:
    void caseRequested(const QString &caseNumber);
    // The list has been filled (or shows why it could not be).
    void loaded();

private:
    void fill(const Result<DuePage> &due);
    // A line of the list as the table shows it.
    static QStringList cellsOf(const DueItem &item);

    QSqlDatabase m_db;
    QString m_currentUser;
    QSpinBox *m_within;
    QCheckBox *m_mine;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_showAll;   // shown when the list is longer than a page
    bool m_allRows = false;   // the user asked for every line
    NoticeBar *m_notice;      // a list that could not be worked out says so here
    int m_loading = 0;        // loads under way
    quint64 m_loadSerial = 0; // only the latest load is shown
};

} // namespace casedesk
