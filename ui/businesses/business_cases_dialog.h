#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casedesk {
class NoticeBar;

// One business's complaints, newest first, with "Make Group Case" for its open ones:
// the second click on the way from an early-warning alert to a group case.
class BusinessCasesDialog : public QDialog {
    Q_OBJECT
public:
    BusinessCasesDialog(const QSqlDatabase &db, qint64 businessId, const QString &actor, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *makeGroupButton() const { return m_makeGroup; }

signals:
    void caseActivated(qint64 caseId);
    void groupCreated(qint64 groupId);

private:
    void reload();
    void makeGroup();
    void groupSelected();

    QSqlDatabase m_db;
    qint64 m_businessId;
    QString m_actor;
    QString m_businessName;
    QLabel *m_summary;
    NoticeBar *m_notice; // a failed load or a refused group says so here
    QTableWidget *m_table;
    QPushButton *m_makeGroup;
};

} // namespace casedesk
