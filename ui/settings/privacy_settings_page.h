#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace casedesk {

class NoticeBar;

// Privacy and security: how soon an unused desk locks (this computer's setting), and the
// retention of personal data (the office's setting) with a preview of what anonymising
// would change before anything is changed.
class PrivacySettingsPage : public QWidget {
    Q_OBJECT
public:
    PrivacySettingsPage(QSqlDatabase db, const QString &actor, QWidget *parent = nullptr);

    QSpinBox *idleMinutesBox() const { return m_idleMinutes; }
    QSpinBox *retentionYearsBox() const { return m_years; }
    QTableWidget *previewTable() const { return m_preview; }
    QPushButton *applyButton() const { return m_apply; }
    NoticeBar *notice() const { return m_message; }

    Status saveRetentionYears();
    Status showPreview();
    // Anonymises what the preview lists; `confirm` false skips the question (tests).
    Status applyRetention(bool confirm = true);

private:
    void report(const Status &done, const QString &success);

    QSqlDatabase m_db;
    QString m_actor;
    QSpinBox *m_idleMinutes;
    QSpinBox *m_years;
    QTableWidget *m_preview;
    QPushButton *m_apply;
    NoticeBar *m_message;
};

} // namespace casedesk
