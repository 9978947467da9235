#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace casedesk {

class NoticeBar;

// The council's own details as its documents print them: its name.
class CouncilSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit CouncilSettingsPage(QSqlDatabase db, QWidget *parent = nullptr);

    NoticeBar *notice() const { return m_status; }
    QLineEdit *nameEdit() const { return m_name; }
    // Saves the name; returns the problem, or empty on success.
    QString save();

private:
    QSqlDatabase m_db;
    QLineEdit *m_name;
    NoticeBar *m_status;
};

} // namespace casedesk
