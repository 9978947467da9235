#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace casedesk {

class NoticeBar;

// The council's own details as its documents print them: its name. `actor` is the signed-in
// user; the change goes through DeskAdministration (permission, rule, desk event).
class CouncilSettingsPage : public QWidget {
    Q_OBJECT
public:
    CouncilSettingsPage(QSqlDatabase db, const QString &actor, QWidget *parent = nullptr);

    NoticeBar *notice() const { return m_status; }
    QLineEdit *nameEdit() const { return m_name; }
    // Saves the name as `actor` and says how it went in notice(); returns the outcome.
    Status save();

private:
    QSqlDatabase m_db;
    QString m_actor;
    QLineEdit *m_name;
    NoticeBar *m_status;
};

} // namespace casedesk
