#include "funds_dialog.h"

#include "notice_bar.h"

#include "domain/money.h"
#include "funds/fund_service.h"
#include "recovery_question.h"
#include "privacy/masking.h"
#include "storage/complaint_repository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {
namespace {

QTableWidget *makeTable(QWidget *parent, const QStringList &headers)
{
    auto *table = new QTableWidget(parent);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void fillRow(QTableWidget *table, int row, const QStringList &cells, int firstMoneyColumn, int lastMoneyColumn)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column >= firstMoneyColumn && column <= lastMoneyColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

std::optional<qint64> askAmount(QWidget *parent, NoticeBar *notice, const QString &title, const QString &label)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    const auto fen = parseYuan(text);
    if (!fen || *fen <= 0) {
        notice->showError(FundsDialog::tr("\"%1\" is not an amount in yuan.").arg(text));
        return std::nullopt;
    }
    return fen;
}

} // namespace

FundsDialog::FundsDialog(const QSqlDatabase &db, const QString &actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor),
      m_fundTable(makeTable(this, {tr("Fund"), tr("Held by"), tr("Balance (¥)"), tr("Paid out (¥)"), tr("Payouts")})),
      m_statementTitle(new QLabel(this)),
      m_statement(makeTable(this, {tr("Date"), tr("Entry"), tr("Amount (¥)"), tr("Balance after (¥)"), tr("Case"),
                                   tr("Consumer"), tr("By"), tr("Note")})),
      m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("fundsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("First-Compensation Funds"));
    resize(960, 600);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_fundTable);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_statementTitle);
    lowerLayout->addWidget(m_statement, 1);
    splitter->addWidget(lower);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const std::pair<QString, void (FundsDialog::*)()> actions[] = {
        {tr("New Fund..."), &FundsDialog::newFund},
        {tr("Top Up..."), &FundsDialog::topUp},
        {tr("Pay Out to a Case..."), &FundsDialog::payout},
    };
    for (const auto &[text, slot] : actions) {
        auto *button = buttons->addButton(text, QDialogButtonBox::ActionRole);
        connect(button, &QPushButton::clicked, this, slot);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fundTable, &QTableWidget::currentCellChanged, this, &FundsDialog::showStatement);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    reload();
}

void FundsDialog::reload()
{
    const qint64 keep = selectedFund();
    auto funds = FundService(m_db).list();
    m_funds = funds ? funds.value() : QList<Fund>{};
    if (!funds)
        m_notice->showError(tr("The funds could not be loaded: %1").arg(funds.error().message));
    else
        m_notice->hide(); // an earlier failure is over
    const QSignalBlocker blocker(m_fundTable);
    m_fundTable->setRowCount(int(m_funds.size()));
    int select = 0;
    for (int row = 0; row < m_funds.size(); ++row) {
        const Fund &f = m_funds.at(row);
        fillRow(m_fundTable, row,
                {f.name, f.holder, formatYuan(f.balanceFen), formatYuan(f.paidOutFen), QString::number(f.payouts)}, 2, 4);
        if (f.id == keep)
            select = row;
    }
    m_fundTable->resizeColumnsToContents();
    if (!m_funds.isEmpty())
        m_fundTable->selectRow(select);
    showStatement();
}

qint64 FundsDialog::selectedFund() const
{
    const int row = m_fundTable->currentRow();
    return row >= 0 && row < m_funds.size() ? m_funds.at(row).id : 0;
}

void FundsDialog::showStatement()
{
    const qint64 id = selectedFund();
    m_statement->setRowCount(0);
    if (id == 0) {
        m_statementTitle->setText(m_funds.isEmpty() && m_notice->isVisibleTo(this)
                                      ? QString()
                                      : tr("No fund yet: a mall or market's fund is added with New Fund."));
        return;
    }
    auto entries = FundService(m_db).statement(id);
    if (!entries) {
        m_statementTitle->clear();
        m_notice->showError(tr("The fund's statement could not be loaded: %1").arg(entries.error().message));
        return;
    }
    const Fund &fund = m_funds.at(m_fundTable->currentRow());
    m_statementTitle->setText(tr("Statement of %1: balance ¥%2").arg(fund.name, formatYuan(fund.balanceFen)));
    m_statement->setRowCount(int(entries->size()));
    for (int row = 0; row < entries->size(); ++row) {
        const FundEntry &e = entries->at(row);
        const bool payout = e.kind == FundEntryKind::Payout;
        fillRow(m_statement, row,
                {e.at.toString(QStringLiteral("yyyy-MM-dd")), payout ? tr("Payout") : tr("Top-up"),
                 (payout ? QStringLiteral("-") : QStringLiteral("+")) + formatYuan(e.amountFen),
                 formatYuan(e.balanceAfterFen), e.caseNumber, maskName(e.consumerName), e.actor, e.note},
                2, 3);
    }
    m_statement->resizeColumnsToContents();
}

void FundsDialog::newFund()
{
    bool ok = false;
    Fund fund;
    fund.name = QInputDialog::getText(this, tr("New Fund"), tr("Name of the fund:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    fund.holder = QInputDialog::getText(this, tr("New Fund"), tr("Held by (mall or market):"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (auto id = FundService(m_db).create(fund, m_actor); !id) {
        m_notice->showError(id.error().message);
        return;
    }
    reload();
}

void FundsDialog::topUp()
{
    const qint64 id = selectedFund();
    if (id == 0)
        return;
    const auto fen = askAmount(this, m_notice, tr("Top Up"), tr("Amount paid into the fund (¥):"));
    if (!fen)
        return;
    if (auto done = FundService(m_db).topUp(id, *fen, QString(), m_actor); !done) {
        m_notice->showError(done.error().message);
        return;
    }
    reload();
}

void FundsDialog::payout()
{
    const qint64 id = selectedFund();
    if (id == 0)
        return;
    bool ok = false;
    const QString number = QInputDialog::getText(this, tr("Pay Out"), tr("Case number of the consumer paid:"),
                                                 QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    auto complaint = ComplaintRepository(m_db).findByCaseNumber(number.trimmed());
    if (!complaint) {
        m_notice->showError(complaint.error().message);
        return;
    }
    const auto fen = askAmount(this, m_notice, tr("Pay Out"), tr("Amount paid to %1 (¥):").arg(maskName(complaint->consumer.name)));
    if (!fen)
        return;
    auto done = withRecoveryQuestions<void>(this, [&](const RecoveryDecision &decision) {
        return FundService(m_db).payout(id, complaint->id, *fen, QString(), m_actor, QDateTime::currentDateTime(),
                                        decision);
    });
    if (!done) {
        m_notice->showError(done.error().message);
        return;
    }
    reload();
    emit caseChanged(complaint->id, tr("Paid ¥%1 to case %2 from the fund.").arg(formatYuan(*fen), complaint->caseNumber));
}

} // namespace casedesk
