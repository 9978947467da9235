#pragma once

#include "storage/business_repository.h"

#include <QDialog>
#include <QSqlDatabase>

class QLineEdit;
class QTableWidget;

namespace casedesk {

class NoticeBar;

// Every business with its complaints (open, finished), groups, state and whether it is a
// networked enterprise; merging two records of one business.
class BusinessesDialog : public QDialog {
    Q_OBJECT
public:
    BusinessesDialog(const QSqlDatabase &db, const QString &actor, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    NoticeBar *notice() const { return m_notice; }

signals:
    void caseActivated(qint64 caseId);
    void groupCreated(qint64 groupId);
    void message(const QString &text);

private:
    QList<BusinessRow> selectedRows() const;
    void showComplaints();
    void merge();
    void editAgreement();
    void showTalks();

    QSqlDatabase m_db;
    QString m_actor;
    QList<BusinessRow> m_rows;
    QLineEdit *m_search;
    QTableWidget *m_table;
    NoticeBar *m_notice; // a failed load or change says so here
};

} // namespace casedesk
