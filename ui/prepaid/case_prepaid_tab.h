#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;

namespace casedesk {

class PrepaidCardEditor;

// The case pane's "Prepaid card" tab: the card details of the shown case, saved with an
// audit line (WorkCase).
class CasePrepaidTab : public QWidget {
    Q_OBJECT
public:
    explicit CasePrepaidTab(QWidget *parent = nullptr);

    void setCase(const QSqlDatabase &db, qint64 caseId, const QString &actor, bool canWork);
    PrepaidCardEditor *editor() const { return m_editor; }
    // Saves what the editor shows; false (with the problem shown) if refused.
    bool save();

signals:
    void saved(qint64 caseId);
    // A save or removal was refused (not a field's problem): for the pane's message line.
    void problem(const QString &message);

private:
    void remove();

    QSqlDatabase m_db;
    qint64 m_caseId = 0;
    QString m_actor;
    QLabel *m_state;
    PrepaidCardEditor *m_editor;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace casedesk
