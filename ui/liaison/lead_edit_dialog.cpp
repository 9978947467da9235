#include "liaison/lead_edit_dialog.h"

#include "day_edit.h"
#include "liaison/liaison_lead_service.h"
#include "notice_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace casedesk {
namespace {

QDate orToday(const QDate &day) { return day.isValid() ? day : QDate::currentDate(); }

} // namespace

LeadEditDialog::LeadEditDialog(QSqlDatabase db, const LiaisonLead &lead, const QList<LiaisonPoint> &points,
                               const QString &actor, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_actor(actor), m_lead(lead), m_point(new QComboBox(this)),
      m_receivedOn(newDayEdit(this, orToday(lead.receivedOn))), m_suspicion(new QPlainTextEdit(lead.suspicion, this)),
      m_business(new QLineEdit(lead.business, this)), m_place(new QLineEdit(lead.place, this)),
      m_observedKnown(new QCheckBox(tr("Known"), this)), m_observedOn(newDayEdit(this, orToday(lead.observedOn))),
      m_regulator(new QLineEdit(lead.regulator, this)), m_forwarded(new QCheckBox(tr("Forwarded on"), this)),
      m_forwardedOn(newDayEdit(this, orToday(lead.forwardedOn))), m_outcome(new QComboBox(this)),
      m_outcomeOn(newDayEdit(this, orToday(lead.outcomeOn))), m_outcomeNote(new QPlainTextEdit(lead.outcomeNote, this)),
      m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("leadEditDialog"));
    setWindowTitle(lead.id > 0 ? tr("Lead from %1").arg(lead.pointName) : tr("New Lead from a Liaison Point"));
    for (const LiaisonPoint &point : points) {
        if (point.status != LiaisonPointStatus::Closed || point.id == lead.pointId)
            m_point->addItem(point.name, point.id);
    }
    m_point->setCurrentIndex(std::max(0, m_point->findData(lead.pointId)));
    m_point->setEnabled(lead.id == 0); // a lead stays with the point that passed it on
    for (LeadOutcome outcome : allLeadOutcomes())
        m_outcome->addItem(labelOf(outcome), codeOf(outcome));
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(codeOf(lead.outcome))));
    m_observedKnown->setChecked(lead.observedOn.isValid());
    m_observedOn->setEnabled(m_observedKnown->isChecked());
    connect(m_observedKnown, &QCheckBox::toggled, m_observedOn, &QWidget::setEnabled);
    m_forwarded->setChecked(lead.forwardedOn.isValid());
    m_forwardedOn->setEnabled(m_forwarded->isChecked());
    connect(m_forwarded, &QCheckBox::toggled, m_forwardedOn, &QWidget::setEnabled);
    m_suspicion->setPlaceholderText(tr("What is suspected, e.g. 无证经营、销售假冒商品"));
    m_regulator->setPlaceholderText(tr("e.g. 区市场监督管理局"));
    m_suspicion->setMaximumHeight(80);
    m_outcomeNote->setMaximumHeight(80);

    auto *observed = new QHBoxLayout;
    observed->addWidget(m_observedKnown);
    observed->addWidget(m_observedOn, 1);
    auto *forwarded = new QHBoxLayout;
    forwarded->addWidget(m_forwarded);
    forwarded->addWidget(m_forwardedOn, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Liaison point"), m_point);
    form->addRow(tr("Received on"), m_receivedOn);
    form->addRow(tr("Suspicion"), m_suspicion);
    form->addRow(tr("Business"), m_business);
    form->addRow(tr("Where"), m_place);
    form->addRow(tr("Seen on"), observed);
    form->addRow(tr("Regulator"), m_regulator);
    form->addRow(QString(), forwarded);
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(tr("Outcome on"), m_outcomeOn);
    form->addRow(tr("Outcome note"), m_outcomeNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_notice->hide();
    resize(520, sizeHint().height());
}

LiaisonLead LeadEditDialog::edited() const
{
    LiaisonLead lead = m_lead;
    lead.pointId = m_point->currentData().toLongLong();
    lead.receivedOn = m_receivedOn->date();
    lead.suspicion = m_suspicion->toPlainText().trimmed();
    lead.business = m_business->text().trimmed();
    lead.place = m_place->text().trimmed();
    lead.observedOn = m_observedKnown->isChecked() ? m_observedOn->date() : QDate();
    lead.regulator = m_regulator->text().trimmed();
    lead.forwardedOn = m_forwarded->isChecked() ? m_forwardedOn->date() : QDate();
    lead.outcome = leadOutcomeFromCode(m_outcome->currentData().toString()).value_or(LeadOutcome::Pending);
    const bool final = lead.outcome != LeadOutcome::Pending && lead.outcome != LeadOutcome::Forwarded;
    lead.outcomeOn = final ? m_outcomeOn->date() : QDate();
    lead.outcomeNote = m_outcomeNote->toPlainText().trimmed();
    return lead;
}

bool LeadEditDialog::save()
{
    LiaisonLeadService leads(m_db);
    auto saved = m_lead.id > 0 ? leads.update(edited(), m_actor) : leads.add(edited(), m_actor);
    if (!saved) {
        QStringList problems;
        for (const FieldError &field : saved.error().fieldErrors)
            problems << field.message;
        m_notice->showError(problems.isEmpty() ? saved.error().message : problems.join(QLatin1Char('\n')));
        return false;
    }
    m_lead = saved.value();
    return true;
}

} // namespace casedesk
