#include "case_pane.h"

#include "case_actions_bar.h"
#include "case_detail_view.h"
#include "case_evidence_view.h"
#include "case_history_view.h"
#include "case_timeline_view.h"
#include "deadlines/case_deadline_service.h"
#include "storage/complaint_repository.h"
#include "transition_dialog.h"
#include "workflow/case_history.h"
#include "workflow/case_workflow.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace casedesk {

CasePane::CasePane(QWidget *parent)
    : QWidget(parent), m_actions(new CaseActionsBar(this)), m_tabs(new QTabWidget(this)),
      m_detail(new CaseDetailView(this)), m_timeline(new CaseTimelineView(this)), m_history(new CaseHistoryView(this)),
      m_evidence(new CaseEvidenceView(this))
{
    setObjectName(QStringLiteral("casePane"));
    m_tabs->setObjectName(QStringLiteral("caseTabWidget"));
    m_tabs->addTab(m_detail, tr("Details"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_evidence, tr("Evidence"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_actions);
    layout->addWidget(m_tabs, 1);
    connect(m_actions, &CaseActionsBar::transitionRequested, this, &CasePane::askForTransition);
    // Attaching writes an audit line: the History tab shows it at once.
    connect(m_evidence, &CaseEvidenceView::evidenceAdded, this, [this](qint64 caseId) {
        if (caseId == m_caseId)
            showCase(caseId);
    });
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
    showCase(m_caseId);
}

void CasePane::showCase(qint64 caseId)
{
    m_caseId = caseId;
    if (caseId == 0 || !m_db.isValid()) {
        m_detail->showMessage(tr("Select a case to see its details."));
        m_timeline->showTimeline({});
        m_history->showHistory({});
        m_evidence->setCase(m_db, 0);
        m_actions->showActions({});
        return;
    }
    auto complaint = ComplaintRepository(m_db).get(caseId);
    if (!complaint) {
        m_detail->showMessage(complaint.error().message);
        m_evidence->setCase(m_db, 0);
        m_actions->showActions({});
        return;
    }
    auto deadlines = deadlinesOfCase(m_db, caseId);
    m_detail->showCase(complaint.value(), deadlines ? deadlines.value() : QList<Deadline>{});
    auto history = caseHistory(m_db, caseId);
    m_timeline->showTimeline(history ? history->timeline : QList<CaseEvent>{});
    m_history->showHistory(history ? history->audit : QList<AuditEntry>{});
    m_evidence->setCase(m_db, caseId);
    if (!m_user)
        m_actions->showActions({}, tr("Choose who you are (File > Switch User) to work on cases."));
    else
        m_actions->showActions(allowedTransitions(complaint->status, m_user->role),
                               tr("Nothing to do here for a %1.").arg(labelOf(m_user->role)));
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

} // namespace casedesk
