#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace casedesk {

// "Due soon / overdue": every deadline still to meet on open cases that is late or falls due
// within a few working days, most urgent first. Double-click a line to open the case.
class DueListDialog : public QDialog {
    Q_OBJECT
public:
    DueListDialog(QSqlDatabase db, QString currentUser, QWidget *parent = nullptr);

public slots:
    void refresh();

signals:
    void caseRequested(const QString &caseNumber);

private:
    QSqlDatabase m_db;
    QString m_currentUser;
    QSpinBox *m_within;
    QCheckBox *m_mine;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace casedesk
