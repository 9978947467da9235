#include "case_pane.h"

#include "case_actions_bar.h"
#include "case_detail_view.h"
#include "case_edit_dialog.h"
#include "case_evidence_view.h"
#include "case_history_view.h"
#include "case_recovered_tab.h"
#include "case_timeline_view.h"
#include "enterprises/enterprise_answer_dialog.h"
#include "first_contact_dialog.h"
#include "letters/letters_dialog.h"
#include "auth/permissions.h"
#include "mediation/case_mediation_view.h"
#include "notice_bar.h"
#include "prepaid/case_prepaid_tab.h"
#include "deadlines/case_deadline_service.h"
#include "storage/clock_pause_repository.h"
#include "storage/complaint_repository.h"
#include "transition_dialog.h"
#include "workflow/case_history.h"
#include "workflow/case_workflow.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace casedesk {

CasePane::CasePane(QWidget *parent)
    : QWidget(parent), m_actions(new CaseActionsBar(this)), m_edit(new QPushButton(tr("Correct..."), this)),
      m_assign(new QPushButton(tr("Assign..."), this)),
      m_clock(new QPushButton(this)), m_letters(new QPushButton(tr("Letters..."), this)),
      m_answer(new QPushButton(tr("Enterprise's Answer..."), this)),
      m_contact(new QPushButton(tr("First Contact..."), this)), m_tabs(new QTabWidget(this)),
      m_detail(new CaseDetailView(this)), m_timeline(new CaseTimelineView(this)), m_history(new CaseHistoryView(this)),
      m_evidence(new CaseEvidenceView(this)), m_mediation(new CaseMediationView(this)),
      m_prepaid(new CasePrepaidTab(this)), m_recovered(new CaseRecoveredTab(this)), m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("casePane"));
    m_tabs->setObjectName(QStringLiteral("caseTabWidget"));
    m_tabs->addTab(m_detail, tr("Details"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_prepaid, tr("Card", "the case's prepaid card tab"));
    m_tabs->addTab(m_evidence, tr("Evidence"));
    m_tabs->addTab(m_mediation, tr("Mediation"));
    m_tabs->addTab(m_recovered, tr("Recovered", "the case's money recovered tab"));
    // Every tab's name in view: behind scroll arrows at 1366 pixels, "Evidence" and the rest
    // were found by nobody. The pane is as wide as its tabs instead.
    m_tabs->setUsesScrollButtons(false);
    connect(m_recovered, &CaseRecoveredTab::recorded, this, [this](qint64 caseId, const QString &message) {
        if (caseId == m_caseId)
            changed(message);
    });
    connect(m_prepaid, &CasePrepaidTab::saved, this, [this](qint64 caseId) {
        if (caseId == m_caseId)
            changed(tr("Saved the prepaid card details."));
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setToolTip(tr("Correct the registration details; every change is kept in the history"));
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_clock->setObjectName(QStringLiteral("clockButton"));
    m_letters->setObjectName(QStringLiteral("lettersButton"));
    m_answer->setObjectName(QStringLiteral("enterpriseAnswerButton"));
    m_contact->setObjectName(QStringLiteral("firstContactButton"));
    m_contact->setToolTip(tr("Record the first call, SMS or visit to the complainant (due within 24 hours of receipt)"));
    m_answer->setToolTip(tr("The networked enterprise settled the forwarded complaint, or did not"));
    m_letters->setToolTip(tr("Letters to the complainant or the business and the case's records: print them, "
                             "record them as sent"));
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_edit);
    tools->addWidget(m_assign);
    tools->addWidget(m_clock);
    tools->addWidget(m_letters);
    tools->addWidget(m_answer);
    tools->addWidget(m_contact);
    tools->addStretch();
    connect(m_edit, &QPushButton::clicked, this, &CasePane::editCase);
    connect(m_assign, &QPushButton::clicked, this, &CasePane::askForAssignee);
    connect(m_clock, &QPushButton::clicked, this, &CasePane::toggleClock);
    connect(m_letters, &QPushButton::clicked, this, &CasePane::openLetters);
    connect(m_answer, &QPushButton::clicked, this, &CasePane::askForEnterpriseAnswer);
    connect(m_contact, &QPushButton::clicked, this, &CasePane::askForFirstContact);
    layout->addWidget(m_notice);
    layout->addWidget(m_actions);
    layout->addLayout(tools);
    layout->addWidget(m_tabs, 1);
    connect(m_actions, &CaseActionsBar::transitionRequested, this, &CasePane::askForTransition);
    connect(m_detail, &CaseDetailView::revealRequested, this, [this](PersonalField field) {
        auto shown = reveal(field);
        warnIfFailed(shown ? Status() : Status(shown.error()));
    });
    // Attaching writes an audit line: the History tab shows it at once.
    connect(m_evidence, &CaseEvidenceView::evidenceAdded, this, [this](qint64 caseId) {
        if (caseId == m_caseId)
            showCase(caseId);
    });
    connect(m_mediation, &CaseMediationView::changed, this, &CasePane::changed);
    // The tabs' errors in the pane's one message line.
    const auto showProblem = [this](const QString &message) { m_notice->showError(message); };
    connect(m_evidence, &CaseEvidenceView::problem, this, showProblem);
    connect(m_mediation, &CaseMediationView::problem, this, showProblem);
    connect(m_prepaid, &CasePrepaidTab::problem, this, showProblem);
    connect(m_mediation, &CaseMediationView::terminationRequested, this,
            [this] { askForTransition(CaseStatus::MediationTerminated); });
}

void CasePane::setDatabase(QSqlDatabase db)
{
    m_db = std::move(db);
    showCase(0);
}

void CasePane::setUser(const std::optional<User> &user)
{
    m_user = user;
    m_evidence->setActor(user ? user->name : QString());
    m_mediation->setUser(user);
    showCase(m_caseId);
}

void CasePane::showCase(qint64 caseId)
{
    if (caseId != m_caseId)
        m_notice->hide(); // what went wrong was about the case shown before
    m_caseId = caseId;
    m_edit->setEnabled(false);
    m_assign->setEnabled(false);
    m_clock->setEnabled(false);
    m_letters->setEnabled(false);
    m_answer->hide();
    m_contact->hide();
    m_clock->setText(tr("Stop Clock..."));
    if (caseId == 0 || !m_db.isValid()) {
        m_detail->showMessage(tr("Select a case to see its details."));
        m_timeline->showTimeline({});
        m_history->showHistory({});
        m_evidence->setCase(m_db, 0);
        m_mediation->setCase(m_db, 0);
        m_prepaid->setCase(m_db, 0, QString(), false);
        m_recovered->setCase(m_db, 0, QString(), false);
        m_actions->showActions({});
        return;
    }
    auto complaint = ComplaintRepository(m_db).get(caseId);
    if (!complaint) {
        m_detail->showMessage(complaint.error().message);
        m_evidence->setCase(m_db, 0);
        m_mediation->setCase(m_db, 0);
        m_prepaid->setCase(m_db, 0, QString(), false);
        m_recovered->setCase(m_db, 0, QString(), false);
        m_actions->showActions({});
        return;
    }
    // A part that cannot be loaded says so; it is never shown as "no deadlines" or "no history".
    QStringList failed;
    auto deadlines = deadlinesOfCase(m_db, caseId);
    if (!deadlines)
        failed << tr("the deadlines (%1)").arg(deadlines.error().message);
    m_detail->showCase(complaint.value(), deadlines ? deadlines.value() : QList<Deadline>{},
                       m_user && roleAllows(m_user->role, Permission::RevealPersonalData));
    auto history = caseHistory(m_db, caseId);
    if (!history)
        failed << tr("the timeline and history (%1)").arg(history.error().message);
    m_timeline->showTimeline(history ? history->timeline : QList<CaseEvent>{});
    m_history->showHistory(history ? history->audit : QList<AuditEntry>{});
    m_evidence->setCase(m_db, caseId);
    m_mediation->setCase(m_db, caseId);
    auto pauses = ClockPauseRepository(m_db).pausesOf(caseId);
    if (!pauses)
        failed << tr("the clock pauses (%1)").arg(pauses.error().message);
    if (!failed.isEmpty())
        m_notice->showError(tr("Part of case %1 could not be loaded: %2.").arg(complaint->caseNumber, failed.join(tr("; "))));
    m_clockStopped = pauses && std::any_of(pauses->cbegin(), pauses->cend(), [](const ClockPause &p) { return p.isOpen(); });
    const bool canWork = m_user && roleAllows(m_user->role, Permission::WorkCase) && !isFinalStatus(complaint->status);
    m_edit->setEnabled(canWork);
    m_assign->setEnabled(canWork);
    m_clock->setEnabled(canWork);
    // Letters of a finished case too: a refusal or return notice is written after it.
    m_letters->setEnabled(m_user.has_value());
    m_answer->setVisible(complaint->status == CaseStatus::ForwardedToEnterprise);
    m_answer->setEnabled(canWork);
    // Until the first contact is recorded (a case decided without one shows it still: the
    // contact may have come before the decision).
    m_contact->setVisible(!complaint->firstContactAt.isValid());
    m_contact->setEnabled(canWork);
    m_prepaid->setCase(m_db, caseId, m_user ? m_user->name : QString(), canWork);
    // Money may come in after a case is finished: recording it is not closed with the case.
    m_recovered->setCase(m_db, caseId, m_user ? m_user->name : QString(),
                         m_user && roleAllows(m_user->role, Permission::WorkCase));
    m_clock->setText(m_clockStopped ? tr("Restart Clock") : tr("Stop Clock..."));
    m_clock->setToolTip(tr("The deadline clock stops while goods are appraised or tested (鉴定/检测)."));
    if (!m_user)
        m_actions->showActions({}, tr("Sign in (File > Sign In as Another User) to work on cases."));
    else
        m_actions->showActions(allowedTransitions(complaint->status, m_user->role),
                               tr("Your role (%1) has nothing to do at this step.").arg(labelOf(m_user->role)));
}

Result<Complaint> CasePane::applyTransition(const TransitionRequest &request)
{
    auto moved = CaseTransitionService(m_db).transition(request, m_user ? m_user->name : QString());
    if (moved) {
        showCase(request.caseId);
        emit caseChanged(request.caseId, tr("%1 is now: %2").arg(moved->caseNumber, labelOf(moved->status)));
    }
    return moved;
}

void CasePane::askForTransition(CaseStatus to)
{
    auto complaint = ComplaintRepository(m_db).get(m_caseId);
    if (!complaint || !m_user)
        return;
    const auto rule = transitionRule(complaint->status, to);
    TransitionDialog dialog(complaint->caseNumber, to, rule && rule->noteRequired, this);
    while (dialog.exec() == QDialog::Accepted) {
        TransitionRequest request;
        request.caseId = complaint->id;
        request.to = to;
        request.ground = dialog.ground();
        request.note = dialog.note();
        request.at = dialog.at();
        request.expectedVersion = complaint->version;
        auto moved = applyTransition(request);
        if (moved)
            return;
        dialog.showProblem(moved.error().message); // stay open: nothing typed is lost
    }
}

Status CasePane::assignTo(const QString &userName)
{
    auto assigned = CaseTransitionService(m_db).assign(m_caseId, userName, m_user ? m_user->name : QString());
    if (!assigned)
        return assigned.error();
    changed(tr("%1 is now with %2.").arg(assigned->caseNumber, userName));
    return {};
}

Status CasePane::stopClock(const QString &reason)
{
    auto stopped = ClockPauseRepository(m_db).start(m_caseId, QDateTime::currentDateTime(), reason.trimmed(),
                                                     m_user ? m_user->name : QString());
    if (!stopped)
        return stopped.error();
    changed(tr("The clock is stopped: %1").arg(reason.trimmed()));
    return {};
}

Status CasePane::restartClock()
{
    auto restarted = ClockPauseRepository(m_db).end(m_caseId, QDateTime::currentDateTime(),
                                                    m_user ? m_user->name : QString());
    if (!restarted)
        return restarted.error();
    changed(tr("The clock runs again."));
    return {};
}

void CasePane::changed(const QString &message)
{
    const qint64 caseId = m_caseId;
    showCase(caseId);
    emit caseChanged(caseId, message);
}

Result<QString> CasePane::reveal(PersonalField field)
{
    auto value = revealPersonalData(m_db, m_user ? m_user->name : QString(), m_caseId, field);
    if (!value)
        return value;
    m_detail->showRevealed(field, value.value());
    // The audit line just written belongs in the History tab.
    auto history = caseHistory(m_db, m_caseId);
    if (!history)
        m_notice->showError(tr("The history could not be loaded: %1").arg(history.error().message));
    m_history->showHistory(history ? history->audit : QList<AuditEntry>{});
    return value;
}

void CasePane::warnIfFailed(const Status &done)
{
    if (!done)
        m_notice->showError(done.error().message);
}

void CasePane::askForAssignee()
{
    auto names = namesOfUsersAllowed(m_db, Permission::WorkCase); // not administrators or auditors
    if (!names) {
        m_notice->showError(tr("The caseworkers could not be loaded: %1").arg(names.error().message));
        return;
    }
    bool chosen = false;
    const QString name = QInputDialog::getItem(this, tr("Assign"), tr("Caseworker"), names.value(), 0, false, &chosen);
    if (chosen)
        warnIfFailed(assignTo(name));
}

void CasePane::editCase()
{
    auto complaint = ComplaintRepository(m_db).get(m_caseId);
    if (!complaint) {
        m_notice->showError(complaint.error().message);
        return;
    }
    if (!m_user)
        return;
    CaseEditDialog dialog(m_db, complaint.value(), m_user->name, this);
    connect(&dialog, &CaseEditDialog::saved, this,
            [this](qint64, const QString &caseNumber) { changed(tr("%1 was corrected.").arg(caseNumber)); });
    dialog.exec();
}

void CasePane::openLetters()
{
    if (!m_user || m_caseId == 0)
        return;
    LettersDialog dialog(m_db, m_caseId, m_user->name, roleAllows(m_user->role, Permission::WorkCase), this);
    connect(&dialog, &LettersDialog::recorded, this, [this](qint64 caseId, const QString &message) {
        if (caseId == m_caseId)
            changed(message);
    });
    dialog.exec();
}

void CasePane::askForEnterpriseAnswer()
{
    auto complaint = ComplaintRepository(m_db).get(m_caseId);
    if (!complaint || !m_user)
        return;
    EnterpriseAnswerDialog dialog(m_db, m_caseId, complaint->caseNumber, m_user->name, this);
    if (dialog.exec() == QDialog::Accepted)
        changed(tr("The enterprise's answer on %1 was recorded.").arg(complaint->caseNumber));
}

void CasePane::askForFirstContact()
{
    auto complaint = ComplaintRepository(m_db).get(m_caseId);
    if (!complaint || !m_user)
        return;
    FirstContactDialog dialog(m_db, m_caseId, complaint->caseNumber, m_user->name, this);
    if (dialog.exec() == QDialog::Accepted)
        changed(tr("The first contact on %1 was recorded.").arg(complaint->caseNumber));
}

void CasePane::toggleClock()
{
    if (m_clockStopped) {
        warnIfFailed(restartClock());
        return;
    }
    bool given = false;
    const QString reason = QInputDialog::getText(this, tr("Stop Clock"), tr("What is appraised or tested?"),
                                                 QLineEdit::Normal, {}, &given);
    if (given)
        warnIfFailed(stopClock(reason));
}

} // namespace casedesk
