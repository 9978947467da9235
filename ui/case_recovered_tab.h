#pragma once

#include "recovered/recovered_entry.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casedesk {

class NoticeBar;

// The case pane's "Money Recovered" tab: the case's recovered-money ledger, one line per sum
// with its source, date and who recorded it, and the total. Sums with no record of their own
// (an enterprise's settlement, money paid on site) are recorded and taken back here; the
// ledger's questions (the same money as another source's? above the amount involved?) are
// asked (recovery_question.h).
class CaseRecoveredTab : public QWidget {
    Q_OBJECT
public:
    explicit CaseRecoveredTab(QWidget *parent = nullptr);

    void setCase(const QSqlDatabase &db, qint64 caseId, const QString &actor, bool canRecord);
    QTableWidget *table() const { return m_table; }
    QString totalText() const;
    // Records a sum typed in, asking the ledger's questions; false (problem shown) if refused
    // or cancelled.
    bool record(RecoverySource source, qint64 amountFen, const QDate &on, const QString &note);

signals:
    void recorded(qint64 caseId, const QString &message);

private:
    void reload();
    void askToRecord();
    void removeSelected();

    QSqlDatabase m_db;
    qint64 m_caseId = 0;
    QString m_actor;
    bool m_canRecord = false;
    QList<RecoveredEntry> m_entries;
    QTableWidget *m_table;
    QLabel *m_total;
    NoticeBar *m_problem; // the one inline message widget
    QPushButton *m_record;
    QPushButton *m_remove;
};

} // namespace casedesk
