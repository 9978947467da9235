#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace casedesk {
class NoticeBar;

// The monthly spot check (抽查测评): draw a share of each caseworker's closed cases and
// see which have had their check visit. Double-clicking a row opens the case.
class SpotCheckDialog : public QDialog {
    Q_OBJECT
public:
    SpotCheckDialog(QSqlDatabase db, const QString &user, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void setMonth(QDate month);
    void draw();

signals:
    void openCase(qint64 caseId);

private:
    void load();

    QSqlDatabase m_db;
    QString m_user;
    QDateEdit *m_month;
    QDoubleSpinBox *m_share;
    QTableWidget *m_table;
    QLabel *m_status;
    NoticeBar *m_notice; // a refused draw or a list that could not be loaded
};

} // namespace casedesk
