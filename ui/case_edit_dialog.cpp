#include "case_edit_dialog.h"

#include "liaison/liaison_point_service.h"

#include "notice_bar.h"

#include "privacy/masking.h"
#include "privacy/personal_data.h"

#include "field_labels.h"
#include "intake/intake_form.h"
#include "storage/taxonomy_repository.h"
#include "validation/complaint_validator.h"
#include "workflow/case_edit_service.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoCommand>
#include <QVBoxLayout>

namespace casedesk {

// One edit of the form: the whole form before and after, so undo and redo need no knowledge
// of individual widgets. Consecutive edits of the same field merge into one step.
class FormEditCommand : public QUndoCommand {
public:
    FormEditCommand(CaseEditDialog *dialog, Complaint before, Complaint after, const QString &field)
        : m_dialog(dialog), m_before(std::move(before)), m_after(std::move(after)), m_field(field)
    {
        setText(CaseEditDialog::tr("Edit %1").arg(fieldLabel(field)));
    }

    int id() const override { return 1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const FormEditCommand *>(other);
        if (next->m_field != m_field || m_field.isEmpty())
            return false;
        m_after = next->m_after;
        return true;
    }

    void redo() override
    {
        if (m_firstRedo) { // the caseworker already made this change in the form
            m_firstRedo = false;
            return;
        }
        apply(m_after);
    }

    void undo() override { apply(m_before); }

private:
    void apply(const Complaint &state)
    {
        m_dialog->m_applying = true;
        m_dialog->m_form->setComplaint(state);
        m_dialog->m_shown = state;
        m_dialog->m_applying = false;
    }

    CaseEditDialog *m_dialog;
    Complaint m_before;
    Complaint m_after;
    QString m_field;
    bool m_firstRedo = true;
};

CaseEditDialog::CaseEditDialog(QSqlDatabase db, const Complaint &complaint, QString actor, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_original(complaint), m_actor(std::move(actor)),
      m_form(new IntakeForm(this)), m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("caseEditDialog"));
    setWindowTitle(tr("Correct Case %1").arg(complaint.caseNumber));
    auto categories = TaxonomyRepository(m_db).categories(true);
    m_form->setCategories(categories ? categories.value() : QList<Category>{});
    if (!categories)
        m_notice->showError(tr("The categories could not be loaded: %1").arg(categories.error().message));
    if (auto points = LiaisonPointService(m_db).list({}, m_actor))
        m_form->setLiaisonPoints(points.value());
    else
        m_notice->showError(tr("The liaison points could not be loaded: %1").arg(points.error().message));
    m_form->setCaseworkers({complaint.assignee});
    // Phone and ID number are shown masked here too (a correction must not be a way round
    // the logged reveal): typing a new value replaces them, leaving the mask keeps the old.
    m_form->setComplaint(withMaskedContacts(complaint));
    if (QWidget *assignee = m_form->fieldWidget(QStringLiteral("assignee"))) {
        assignee->setEnabled(false); // a case changes hands through Assign, which checks the user
        assignee->setToolTip(tr("Use Assign in the case pane to give the case to someone else."));
    }
    m_shown = m_form->complaint();
    connect(m_form, &IntakeForm::changed, this, &CaseEditDialog::recordEdit);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *undo = buttons->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
    QPushButton *redo = buttons->addButton(tr("Redo"), QDialogButtonBox::ActionRole);
    QPushButton *saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    undo->setObjectName(QStringLiteral("undoButton"));
    redo->setObjectName(QStringLiteral("redoButton"));
    saveButton->setObjectName(QStringLiteral("saveButton"));
    for (QPushButton *button : {undo, redo, saveButton})
        button->setAutoDefault(false); // Enter moves between fields
    undo->setToolTip(tr("Undo the last change (Ctrl+Z)"));
    redo->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    connect(undo, &QPushButton::clicked, &m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, &m_undo, &QUndoStack::redo);
    connect(&m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(&m_undo, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        if (auto done = save(); !done && done.error().fieldErrors.isEmpty())
            m_notice->showError(done.error().message);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Ctrl+Z / Ctrl+Shift+Z for the whole form; a line edit's own undo only knows its own text.
    QAction *undoAction = m_undo.createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WindowShortcut);
    QAction *redoAction = m_undo.createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WindowShortcut);
    addActions({undoAction, redoAction});

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(1000, 720);
}

void CaseEditDialog::recordEdit()
{
    if (m_applying)
        return;
    const Complaint now = m_form->complaint();
    const QWidget *focus = QApplication::focusWidget();
    QString field;
    for (const QWidget *w = focus; w && w != m_form; w = w->parentWidget()) {
        if (m_form->fieldWidget(w->objectName()) == w) {
            field = w->objectName();
            break;
        }
    }
    m_undo.push(new FormEditCommand(this, m_shown, now, field));
    m_shown = now;
}

Complaint CaseEditDialog::edited() const
{
    // The form holds the registration elements; identity, status and times stay as read.
    Complaint c = m_form->complaint();
    c.id = m_original.id;
    c.caseNumber = m_original.caseNumber;
    c.status = m_original.status;
    c.version = m_original.version;
    c.assignee = m_original.assignee;
    c.updatedAt = m_original.updatedAt; // the version the user worked on, for a refusal naming what changed since
    c.acceptedAt = m_original.acceptedAt;
    c.closedAt = m_original.closedAt;
    c.consumer.id = m_original.consumer.id;
    c.business.id = m_original.business.id;
    if (c.consumer.phone == maskPhone(m_original.consumer.phone))
        c.consumer.phone = m_original.consumer.phone;
    if (c.consumer.idNumber == maskIdNumber(m_original.consumer.idNumber).toUpper())
        c.consumer.idNumber = m_original.consumer.idNumber;
    return c;
}

Status CaseEditDialog::save()
{
    const QList<FieldError> entry = m_form->entryProblems();
    m_form->showProblems(entry);
    if (!entry.isEmpty())
        return invalidInput(entry);
    auto updated = CaseEditService(m_db).save(edited(), m_actor);
    if (!updated) {
        m_form->showProblems(updated.error().fieldErrors);
        return updated.error();
    }
    emit saved(updated->id, updated->caseNumber);
    accept();
    return {};
}

} // namespace casedesk
