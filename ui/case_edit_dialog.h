#pragma once

#include "domain/complaint.h"
#include "result.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QUndoStack>

namespace casedesk {

class IntakeForm;
class NoticeBar;

// Correcting a registered case: the registration form filled with the case, every edit an
// undoable step (typing in one field merges into one step), saved with the version read so
// a colleague's change in between is not overwritten.
class CaseEditDialog : public QDialog {
    Q_OBJECT
public:
    CaseEditDialog(QSqlDatabase db, const Complaint &complaint, QString actor, QWidget *parent = nullptr);

    IntakeForm *form() const { return m_form; }
    NoticeBar *notice() const { return m_notice; } // what failed that is not one field's
    QUndoStack *undoStack() { return &m_undo; }

    // Validates and saves; on success the dialog closes. Returns what went wrong otherwise.
    Status save();

signals:
    void saved(qint64 caseId, const QString &caseNumber);

private:
    void recordEdit();
    Complaint edited() const;

    QSqlDatabase m_db;
    Complaint m_original;
    QString m_actor;
    IntakeForm *m_form;
    NoticeBar *m_notice;
    QUndoStack m_undo;
    Complaint m_shown;      // what the form shows: the state the next edit starts from
    bool m_applying = false; // the form is being set by undo/redo, not by the caseworker
    friend class FormEditCommand;
};

} // namespace casedesk
