#pragma once

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QTreeWidget;

namespace casedesk {
class NoticeBar;

// Upcoming mediation sessions of every case, by day or by week, with double bookings of a
// mediator marked. Double-clicking a session shows its case.
class AgendaDialog : public QDialog {
    Q_OBJECT
public:
    AgendaDialog(QSqlDatabase db, QWidget *parent = nullptr);

    // Shows the day (week == false) or the Monday-to-Sunday week of `date`.
    void showPeriod(const QDate &date, bool week);
    QTreeWidget *tree() const { return m_tree; }
    QString warningText() const;

signals:
    void caseRequested(qint64 caseId);

private:
    void reload();
    void step(int direction);

    QSqlDatabase m_db;
    QDateEdit *m_date;
    QComboBox *m_span;
    QTreeWidget *m_tree;
    NoticeBar *m_warning; // clashes, or a load that failed
};

} // namespace casedesk
