#pragma once

#include "warning/warning_service.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace casedesk {
class NoticeBar;

// 风险预警: the businesses with a sudden run of complaints. "Show Complaints" opens the
// business's complaints, where "Make Group Case" is the second click.
class AlertListDialog : public QDialog {
    Q_OBJECT
public:
    AlertListDialog(const QSqlDatabase &db, const QString &actor, QWidget *parent = nullptr);

    // Looks for the alerts again on a worker thread (the check reads every complaint: over a
    // second on a large file); the table fills when they arrive, then loaded() is emitted.
    void reload();
    bool isLoading() const { return m_loading > 0; }
    QTableWidget *table() const { return m_table; }
    // The business of the selected alert's complaints (what "Show Complaints" opens).
    void showComplaints();

signals:
    void loaded();
    void alertsChanged();
    void caseActivated(qint64 caseId);
    void groupCreated(qint64 groupId);

private:
    const WarningAlert *selected() const;
    void fill(const Result<QList<WarningAlert>> &alerts);
    void acknowledge();
    void callInForTalk();
    void editRules();

    QSqlDatabase m_db;
    QString m_actor;
    QList<WarningAlert> m_alerts;
    int m_loading = 0;      // loads under way; only the latest one is shown
    quint64 m_loadSerial = 0;
    QString m_introText;
    QLabel *m_intro;
    NoticeBar *m_notice; // a failed load or a refused acknowledgement
    QCheckBox *m_showAcknowledged;
    QTableWidget *m_table;
    QPushButton *m_complaints;
    QPushButton *m_acknowledge;
};

} // namespace casedesk
