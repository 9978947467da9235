#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QTableWidget;

namespace casedesk {

class NoticeBar;

// The early-warning rules as a small editable table (ManageDirectories saves them).
class WarningRulesDialog : public QDialog {
    Q_OBJECT
public:
    WarningRulesDialog(const QSqlDatabase &db, const QString &actor, QWidget *parent = nullptr);

private:
    void reload();
    void addRow();
    void save();

    QSqlDatabase m_db;
    QString m_actor;
    QTableWidget *m_table;
    NoticeBar *m_problem;
};

} // namespace casedesk
