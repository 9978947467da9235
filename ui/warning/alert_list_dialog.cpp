#include "alert_list_dialog.h"

#include "background_work.h"
#include "businesses/business_cases_dialog.h"
#include "notice_bar.h"
#include "warning_rules_dialog.h"
#include "talks/talk_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

AlertListDialog::AlertListDialog(const QSqlDatabase &db, const QString &actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_intro(new QLabel(this)), m_notice(new NoticeBar(this)),
      m_showAcknowledged(new QCheckBox(tr("Show acknowledged alerts"), this)), m_table(new QTableWidget(this)),
      m_complaints(new QPushButton(tr("Show Complaints"), this)),
      m_acknowledge(new QPushButton(tr("Acknowledge..."), this))
{
    setObjectName(QStringLiteral("alertListDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Early Warnings"));
    resize(980, 480);
    m_intro->setWordWrap(true);
    m_introText = tr("A sudden run of complaints against one business, above all about prepaid cards, is often "
                     "the sign that it is about to close. Newest first.");
    m_table->setObjectName(QStringLiteral("alertTable"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Business"), tr("Rule"), tr("From"), tr("To"), tr("Complaints"),
                                        tr("Of which prepaid"), tr("Usual level"), tr("Acknowledged")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_complaints->setObjectName(QStringLiteral("showComplaintsButton"));
    m_complaints->setDefault(true);
    auto *rules = new QPushButton(tr("Rules..."), this);
    auto *talk = new QPushButton(tr("Call In for a Talk..."), this);
    talk->setObjectName(QStringLiteral("talkButton"));
    talk->setToolTip(tr("Record a talk (约谈) with the business about this run of complaints"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_complaints, QDialogButtonBox::ActionRole);
    buttons->addButton(m_acknowledge, QDialogButtonBox::ActionRole);
    buttons->addButton(talk, QDialogButtonBox::ActionRole);
    buttons->addButton(rules, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_complaints, &QPushButton::clicked, this, &AlertListDialog::showComplaints);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertListDialog::acknowledge);
    connect(rules, &QPushButton::clicked, this, &AlertListDialog::editRules);
    connect(talk, &QPushButton::clicked, this, &AlertListDialog::callInForTalk);
    connect(m_showAcknowledged, &QCheckBox::toggled, this, &AlertListDialog::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &AlertListDialog::showComplaints);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_intro);
    layout->addWidget(m_showAcknowledged);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

void AlertListDialog::reload()
{
    const quint64 serial = ++m_loadSerial;
    ++m_loading;
    m_table->setEnabled(false);
    m_complaints->setEnabled(false);
    m_acknowledge->setEnabled(false);
    m_intro->setText(tr("Looking for sudden runs of complaints..."));
    auto found = std::make_shared<Result<QList<WarningAlert>>>(QList<WarningAlert>{});
    const bool acknowledged = m_showAcknowledged->isChecked();
    runInBackground(
        this, m_db.databaseName(),
        [found, acknowledged](WorkContext &work) -> Status {
            *found = WarningService(work.db).alerts(acknowledged);
            return {};
        },
        [this, serial, found](const Status &ran) {
            --m_loading;
            if (serial != m_loadSerial)
                return; // a newer load is under way
            fill(ran ? *found : Result<QList<WarningAlert>>(ran.error()));
            emit loaded();
        });
}

void AlertListDialog::fill(const Result<QList<WarningAlert>> &alerts)
{
    m_alerts = alerts ? alerts.value() : QList<WarningAlert>{};
    m_intro->setText(m_introText);
    if (alerts)
        m_notice->hide();
    else
        m_notice->showError(tr("The early warnings could not be loaded: %1").arg(alerts.error().message));
    m_table->setEnabled(true);
    m_table->setRowCount(int(m_alerts.size()));
    for (int row = 0; row < m_alerts.size(); ++row) {
        const WarningAlert &a = m_alerts.at(row);
        const QStringList cells = {
            a.businessName,
            a.ruleName,
            a.run.firstDay.toString(Qt::ISODate),
            a.run.lastDay.toString(Qt::ISODate),
            QString::number(a.run.complaints),
            QString::number(a.run.prepaid),
            tr("%1 per window").arg(QString::number(a.run.baselinePercent / 100.0, 'f', 1)),
            a.acknowledged ? tr("%1, %2").arg(a.acknowledgedBy, a.acknowledgedAt.toString(QStringLiteral("yyyy-MM-dd")))
                           : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= 4 && column <= 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!a.note.isEmpty())
                item->setToolTip(a.note);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!m_alerts.isEmpty())
        m_table->selectRow(0);
    m_complaints->setEnabled(!m_alerts.isEmpty());
    m_acknowledge->setEnabled(!m_alerts.isEmpty() && !m_actor.isEmpty());
}

const WarningAlert *AlertListDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

void AlertListDialog::showComplaints()
{
    const WarningAlert *alert = selected();
    if (!alert)
        return;
    auto *dialog = new BusinessCasesDialog(m_db, alert->businessId, m_actor, this);
    connect(dialog, &BusinessCasesDialog::caseActivated, this, &AlertListDialog::caseActivated);
    connect(dialog, &BusinessCasesDialog::groupCreated, this, &AlertListDialog::groupCreated);
    dialog->show();
}

void AlertListDialog::callInForTalk()
{
    const WarningAlert *alert = selected();
    if (!alert)
        return;
    // What led to it, as the talk record (always Chinese) will print it.
    const QString reason = QStringLiteral("风险预警：%1至%2被投诉%3件（其中预付卡%4件），超出通常水平。")
                               .arg(alert->run.firstDay.toString(QStringLiteral("yyyy年M月d日")),
                                    alert->run.lastDay.toString(QStringLiteral("yyyy年M月d日")))
                               .arg(alert->run.complaints)
                               .arg(alert->run.prepaid);
    TalkDialog dialog(m_db, alert->businessId, alert->businessName, m_actor, reason, this);
    if (dialog.exec() == QDialog::Accepted)
        m_notice->showMessage(tr("The talk with %1 was recorded; its promises appear in Due Soon and Overdue on their "
                                 "days.")
                                  .arg(alert->businessName),
                              NoticeBar::Kind::Information);
}

void AlertListDialog::acknowledge()
{
    const WarningAlert *alert = selected();
    if (!alert || alert->acknowledged)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Acknowledge Alert"),
                                               tr("What was done about %1 (optional):").arg(alert->businessName),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (auto done = WarningService(m_db).acknowledge(alert->key, note, m_actor); !done) {
        m_notice->showError(done.error().message);
        return;
    }
    reload();
    emit alertsChanged();
}

void AlertListDialog::editRules()
{
    WarningRulesDialog dialog(m_db, m_actor, this);
    dialog.exec();
    reload();
    emit alertsChanged();
}

} // namespace casedesk
