#pragma once

#include "groups/case_group.h"
#include "letters/letter.h"
#include "result.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casedesk {

// One group case: who claims, how much, where the members stand, and the batch actions
// that apply to all of them at once.
class GroupViewWidget : public QWidget {
    Q_OBJECT
public:
    explicit GroupViewWidget(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db, const QString &actor, const QString &council);
    void showGroup(qint64 groupId);
    qint64 groupId() const { return m_groupId; }
    const GroupView &view() const { return m_view; }
    QTableWidget *roster() const { return m_roster; }

    // The batch actions, also driven by tests. Errors are shown and returned.
    Status recordOutcome(const GroupOutcome &outcome);
    Status exportCsv(const QString &path);
    Status exportPdf(const QString &path);
    Status exportWorkbook(const QString &path);
    // The same letter to every member, recorded as sent on each (documents/letter_batch.h).
    Result<QStringList> sendLetters(LetterKind kind, SendMethod method, const QDate &sentOn, const QString &target,
                                    bool onePdf);

signals:
    void groupChanged(qint64 groupId, const QString &message);
    void caseActivated(qint64 caseId);
    // An action was refused or a load failed: for the dialog's message line.
    void problem(const QString &message);

private:
    QList<qint64> selectedCases() const;
    void addCases();
    void removeSelected();
    void toggleRepresentative();
    void assignAll();
    void moveAll();
    void askForOutcome();
    void scheduleSession();
    enum class RosterFormat { Csv, Workbook, Pdf };
    void askForExport(RosterFormat format);
    void askForLetters();
    void after(const Status &done, const QString &message);

    QSqlDatabase m_db;
    QString m_actor;
    QString m_council;
    qint64 m_groupId = 0;
    GroupView m_view;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_breakdown;
    QLabel *m_representatives;
    QTableWidget *m_roster;
    QList<QPushButton *> m_actions;
};

} // namespace casedesk
