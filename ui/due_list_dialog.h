#pragma once

#include "deadlines/due_list.h"
#include "result.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace casedesk {
class NoticeBar;

// "Due soon / overdue": every deadline still to meet on open cases that is late or falls due
// within a few working days, most urgent first. Double-click a line to open the case. The
// deadlines are worked out on a worker thread (a large archive has tens of thousands of open
// cases); the list fills in when they arrive.
class DueListDialog : public QDialog {
    Q_OBJECT
public:
    DueListDialog(QSqlDatabase db, QString currentUser, QWidget *parent = nullptr);
    bool isLoading() const { return m_loading > 0; } // a load (maybe one no longer shown) is under way

public slots:
    void refresh();

signals:
    void caseRequested(const QString &caseNumber);
    // The list has been filled (or shows why it could not be).
    void loaded();

private:
    void fill(const Result<QList<DueItem>> &due);

    QSqlDatabase m_db;
    QString m_currentUser;
    QSpinBox *m_within;
    QCheckBox *m_mine;
    QLabel *m_summary;
    QTableWidget *m_table;
    NoticeBar *m_notice;      // a list that could not be worked out says so here
    int m_loading = 0;        // loads under way
    quint64 m_loadSerial = 0; // only the latest load is shown
};

} // namespace casedesk
