#include "followup/follow_up_dialog.h"

#include "notice_bar.h"

#include "storage/follow_up_repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casedesk {

FollowUpDialog::FollowUpDialog(QSqlDatabase db, const QString &user, qint64 caseId, const QString &caseNumber,
                               QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_user(user), m_caseId(caseId), m_visits(new QListWidget(this)),
      m_at(new QDateTimeEdit(QDateTime::currentDateTime(), this)),
      m_reached(new QCheckBox(tr("Consumer reached"), this)), m_result(new QComboBox(this)),
      m_attitude(new QSpinBox(this)), m_comment(new QPlainTextEdit(this)),
      m_spotCheck(new QCheckBox(tr("For the monthly spot check"), this)), m_error(new NoticeBar(this))
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(tr("Follow-up Visit: %1").arg(caseNumber));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    m_reached->setChecked(true);
    for (FollowUpResult r :
         {FollowUpResult::Satisfied, FollowUpResult::BasicallySatisfied, FollowUpResult::Dissatisfied})
        m_result->addItem(labelOf(r), int(r));
    m_attitude->setRange(0, kMaxAttitude);
    m_attitude->setSpecialValueText(tr("Not rated"));
    m_attitude->setSuffix(tr(" / 5"));
    m_attitude->setValue(0);
    m_comment->setPlaceholderText(tr("What the consumer said"));
    m_comment->setMaximumHeight(90);
    m_visits->setMaximumHeight(110);

    auto *form = new QFormLayout;
    form->addRow(tr("Earlier visits"), m_visits);
    form->addRow(tr("When"), m_at);
    form->addRow(QString(), m_reached);
    form->addRow(tr("Result"), m_result);
    form->addRow(tr("Caseworker's attitude"), m_attitude);
    form->addRow(tr("Comment"), m_comment);
    form->addRow(QString(), m_spotCheck);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error); // at the top, as in every window
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_reached, &QCheckBox::toggled, this, &FollowUpDialog::updateEnabled);
    loadVisits();
    updateEnabled();
    // A case drawn for the spot check: this call is most likely that check.
    if (auto awaits = FollowUpRepository(m_db).awaitsSpotCheck(caseId); awaits && awaits.value())
        m_spotCheck->setChecked(true);
}

void FollowUpDialog::loadVisits()
{
    m_visits->clear();
    auto visits = FollowUpService(m_db).visits(m_caseId);
    if (!visits) {
        m_error->showError(tr("The earlier visits could not be loaded: %1").arg(visits.error().message));
        return;
    }
    if (visits->isEmpty())
        m_visits->addItem(tr("None yet"));
    for (const FollowUp &v : visits.value()) {
        QString line =
            tr("%1  %2  %3").arg(v.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), v.actor, labelOf(v.result));
        if (v.attitude > 0)
            line += tr("  attitude %1/5").arg(v.attitude);
        if (!v.comment.isEmpty())
            line += QStringLiteral("  ") + v.comment;
        m_visits->addItem(line);
    }
}

void FollowUpDialog::updateEnabled()
{
    m_result->setEnabled(m_reached->isChecked());
    m_attitude->setEnabled(m_reached->isChecked());
}

FollowUpRequest FollowUpDialog::request() const
{
    FollowUpRequest r;
    r.caseId = m_caseId;
    r.at = m_at->dateTime();
    r.reached = m_reached->isChecked();
    r.result = r.reached ? FollowUpResult(m_result->currentData().toInt()) : FollowUpResult::None;
    r.attitude = r.reached ? m_attitude->value() : 0;
    r.comment = m_comment->toPlainText();
    r.spotCheck = m_spotCheck->isChecked();
    return r;
}

void FollowUpDialog::accept()
{
    auto recorded = FollowUpService(m_db).record(request(), m_user);
    if (!recorded) {
        m_error->showError(recorded.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace casedesk
