#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace casedesk {

class NoticeBar;

// Settings > Working days: a year's holidays and make-up working days, importing next year's
// notice, and setting or clearing a single day (a district's own arrangement).
class CalendarSettingsPage : public QWidget {
    Q_OBJECT
public:
    // `actor`: the signed-in user; changes are refused unless their role may manage directories.
    CalendarSettingsPage(QSqlDatabase db, const QString &actor, QWidget *parent = nullptr);

    void showYear(int year);
    Status importFile(const QString &path);
    Status setDay(QDate date, bool working, const QString &name);
    Status clearDay(QDate date);

private:
    void report(const Status &done, const QString &success);

    QSqlDatabase m_db;
    QString m_actor;
    QComboBox *m_year;
    QLabel *m_coverage;
    QTableWidget *m_days;
    QDateEdit *m_date;
    QRadioButton *m_working;
    QRadioButton *m_off;
    QLineEdit *m_name;
    NoticeBar *m_message;
};

} // namespace casedesk
