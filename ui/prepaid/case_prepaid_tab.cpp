#include "case_prepaid_tab.h"

#include "prepaid_card_editor.h"
#include "storage/prepaid_card_repository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace casedesk {

CasePrepaidTab::CasePrepaidTab(QWidget *parent)
    : QWidget(parent), m_state(new QLabel(this)), m_editor(new PrepaidCardEditor(this)),
      m_save(new QPushButton(tr("Save Card Details"), this)), m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("casePrepaidTab"));
    m_save->setObjectName(QStringLiteral("savePrepaidButton"));
    m_state->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *inner = new QWidget(this);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_state);
    innerLayout->addWidget(m_editor);
    innerLayout->addLayout(buttons);
    innerLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(m_save, &QPushButton::clicked, this, &CasePrepaidTab::save);
    connect(m_remove, &QPushButton::clicked, this, &CasePrepaidTab::remove);
}

void CasePrepaidTab::setCase(const QSqlDatabase &db, qint64 caseId, const QString &actor, bool canWork)
{
    m_db = db;
    m_caseId = caseId;
    m_actor = actor;
    std::optional<PrepaidCard> card;
    if (caseId > 0 && db.isValid()) {
        auto stored = PrepaidCardRepository(db).get(caseId);
        if (stored)
            card = stored.value();
    }
    m_editor->setCard(card);
    m_state->setText(card ? tr("This complaint concerns a prepaid card.")
                          : tr("No prepaid card is recorded for this complaint. Fill in the fields and save if it "
                               "concerns one."));
    m_editor->setEnabled(canWork);
    m_save->setEnabled(canWork);
    m_remove->setEnabled(canWork && card.has_value());
}

bool CasePrepaidTab::save()
{
    auto card = m_editor->card();
    if (!card) {
        m_editor->showProblems(card.error().fieldErrors);
        return false;
    }
    card->complaintId = m_caseId;
    auto stored = PrepaidCardRepository(m_db).save(card.value(), m_actor);
    if (!stored) {
        if (stored.error().fieldErrors.isEmpty())
            emit problem(stored.error().message);
        m_editor->showProblems(stored.error().fieldErrors);
        return false;
    }
    emit saved(m_caseId);
    return true;
}

void CasePrepaidTab::remove()
{
    if (QMessageBox::question(this, tr("Prepaid card"), tr("Remove the card details from this complaint?")) !=
        QMessageBox::Yes)
        return;
    if (auto removed = PrepaidCardRepository(m_db).remove(m_caseId, m_actor); !removed) {
        emit problem(removed.error().message);
        return;
    }
    emit saved(m_caseId);
}

} // namespace casedesk
