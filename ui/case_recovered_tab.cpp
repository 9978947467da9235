#include "case_recovered_tab.h"

#include "domain/money.h"
#include "recovered/recovered_ledger.h"
#include "recovery_question.h"
#include "storage/complaint_repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include "notice_bar.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {
namespace {

enum Column { DateColumn, SourceColumn, AmountColumn, SameColumn, ByColumn, NoteColumn, ColumnCount };

} // namespace

CaseRecoveredTab::CaseRecoveredTab(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(this)), m_total(new QLabel(this)), m_problem(new NoticeBar(this)),
      m_record(new QPushButton(tr("Record Money Recovered..."), this)), m_remove(new QPushButton(tr("Take Back"), this))
{
    m_table->setObjectName(QStringLiteral("recoveredTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Source"), tr("Amount"), tr("Same money as"), tr("Recorded by"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_total->setObjectName(QStringLiteral("recoveredTotal"));
    m_problem->setObjectName(QStringLiteral("recoveredProblem"));
    m_problem->hide();
    m_record->setObjectName(QStringLiteral("recordRecoveredButton"));
    m_record->setToolTip(tr("An enterprise's settlement or money paid on site; agreements, court outcomes, payouts "
                            "and group outcomes record their own money"));
    m_remove->setObjectName(QStringLiteral("removeRecoveredButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_total);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    connect(m_record, &QPushButton::clicked, this, &CaseRecoveredTab::askToRecord);
    connect(m_remove, &QPushButton::clicked, this, &CaseRecoveredTab::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_remove->setEnabled(m_canRecord && row >= 0 && row < m_entries.size() &&
                             directRecoverySources().contains(m_entries.at(row).source));
    });
}

void CaseRecoveredTab::setCase(const QSqlDatabase &db, qint64 caseId, const QString &actor, bool canRecord)
{
    m_db = db;
    m_caseId = caseId;
    m_actor = actor;
    m_canRecord = canRecord;
    m_problem->hide();
    reload();
}

QString CaseRecoveredTab::totalText() const
{
    return m_total->text();
}

void CaseRecoveredTab::reload()
{
    m_entries.clear();
    m_table->setRowCount(0);
    m_record->setEnabled(false);
    m_remove->setEnabled(false);
    if (m_caseId == 0 || !m_db.isValid()) {
        m_total->clear();
        return;
    }
    auto complaint = ComplaintRepository(m_db).get(m_caseId);
    auto entries = RecoveredMoneyService(m_db).entries(m_caseId);
    if (!complaint || !entries) {
        // A failed load says so; it is never shown as an empty ledger.
        m_total->setText(tr("The money recovered could not be read: %1")
                             .arg(!complaint ? complaint.error().message : entries.error().message));
        return;
    }
    m_entries = entries.value();
    m_total->setText(tr("Money recovered: ¥%1 (amount involved ¥%2)")
                         .arg(formatYuan(complaint->recoveredFen), formatYuan(complaint->amountFen)));
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const RecoveredEntry &e = m_entries.at(row);
        QString same;
        if (e.sameAs) {
            for (const RecoveredEntry &other : std::as_const(m_entries)) {
                if (other.id == *e.sameAs)
                    same = tr("%1, ¥%2").arg(labelOf(other.source), formatYuan(other.amountFen));
            }
        }
        const QStringList cells = {e.recoveredOn.toString(Qt::ISODate),
                                   labelOf(e.source),
                                   formatYuan(e.amountFen),
                                   same,
                                   e.recordedBy,
                                   e.note};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == AmountColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_record->setEnabled(m_canRecord);
}

bool CaseRecoveredTab::record(RecoverySource source, qint64 amountFen, const QDate &on, const QString &note)
{
    auto done = withRecoveryQuestions<qint64>(this, [&](const RecoveryDecision &decision) {
        return RecoveredMoneyService(m_db).record(m_caseId, source, amountFen, on, note, decision, m_actor,
                                                  QDateTime::currentDateTime());
    });
    if (!done) {
        m_problem->showError(done.error().message);
        return false;
    }
    m_problem->hide();
    reload();
    emit recorded(m_caseId, tr("Recorded ¥%1 recovered through %2.").arg(formatYuan(amountFen), labelOf(source)));
    return true;
}

void CaseRecoveredTab::askToRecord()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record Money Recovered"));
    auto *source = new QComboBox(&dialog);
    for (RecoverySource s : directRecoverySources())
        source->addItem(labelOf(s), codeOf(s));
    auto *amount = new QLineEdit(&dialog);
    auto *on = new QDateEdit(QDate::currentDate(), &dialog);
    on->setCalendarPopup(true);
    on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *note = new QLineEdit(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Source"), source);
    form->addRow(tr("Amount (¥)"), amount);
    form->addRow(tr("Recovered on"), on);
    form->addRow(tr("Note"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto fen = parseYuan(amount->text());
    if (!fen) {
        m_problem->showError(tr("Write the amount in yuan, such as 2400 or 2,400.50."));
        return;
    }
    (void)record(recoverySourceFromCode(source->currentData().toString()).value_or(RecoverySource::OnSite), *fen,
                 on->date(), note->text());
}

void CaseRecoveredTab::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const RecoveredEntry entry = m_entries.at(row);
    if (auto removed = RecoveredMoneyService(m_db).remove(entry.id, m_actor); !removed) {
        m_problem->showError(removed.error().message);
        return;
    }
    reload();
    emit recorded(m_caseId, tr("Took back ¥%1 (%2).").arg(formatYuan(entry.amountFen), labelOf(entry.source)));
}

} // namespace casedesk
