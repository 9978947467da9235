#include "case_actions_bar.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace casedesk {

QString actionLabelFor(CaseStatus to)
{
    switch (to) {
    case CaseStatus::Registered: return CaseActionsBar::tr("Reopen for a decision");
    case CaseStatus::Accepted: return CaseActionsBar::tr("Accept");
    case CaseStatus::Refused: return CaseActionsBar::tr("Refuse");
    case CaseStatus::Returned: return CaseActionsBar::tr("Return");
    case CaseStatus::ForwardedToEnterprise: return CaseActionsBar::tr("Forward to enterprise");
    case CaseStatus::InMediation: return CaseActionsBar::tr("Start mediation");
    case CaseStatus::AgreementReached: return CaseActionsBar::tr("Agreement reached");
    case CaseStatus::MediationTerminated: return CaseActionsBar::tr("Terminate mediation");
    case CaseStatus::Closed: return CaseActionsBar::tr("Close case");
    }
    return labelOf(to);
}

CaseActionsBar::CaseActionsBar(QWidget *parent) : QWidget(parent), m_buttons(new QHBoxLayout), m_reason(new QLabel(this))
{
    setObjectName(QStringLiteral("caseActionsBar"));
    m_reason->setStyleSheet(QStringLiteral("color: #777;"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addLayout(m_buttons);
    layout->addWidget(m_reason, 1);
}

void CaseActionsBar::showActions(const QList<CaseStatus> &allowed, const QString &reasonWhenNone)
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (CaseStatus to : allowed) {
        auto *button = new QPushButton(actionLabelFor(to), this);
        button->setObjectName(QStringLiteral("action_") + codeOf(to));
        connect(button, &QPushButton::clicked, this, [this, to] { emit transitionRequested(to); });
        m_buttons->addWidget(button);
    }
    m_reason->setText(allowed.isEmpty() ? reasonWhenNone : QString());
}

} // namespace casedesk
