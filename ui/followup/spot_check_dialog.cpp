#include "followup/spot_check_dialog.h"

#include "followup/follow_up_service.h"
#include "notice_bar.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

SpotCheckDialog::SpotCheckDialog(QSqlDatabase db, const QString &user, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_user(user), m_month(new QDateEdit(this)),
      m_share(new QDoubleSpinBox(this)), m_table(new QTableWidget(this)), m_status(new QLabel(this)),
      m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("spotCheckDialog"));
    setWindowTitle(tr("Spot Check"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setDate(QDate::currentDate().addMonths(-1));
    m_share->setRange(1, 100);
    m_share->setDecimals(0);
    m_share->setSuffix(QStringLiteral("%"));
    m_share->setValue(10);
    auto *drawButton = new QPushButton(tr("Draw Sample"), this);
    drawButton->setToolTip(tr("Takes the share of each caseworker's cases closed in the month; a month drawn before "
                              "keeps its sample"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Cases closed in"), this));
    top->addWidget(m_month);
    top->addWidget(new QLabel(tr("Share to check"), this));
    top->addWidget(m_share);
    top->addWidget(drawButton);
    top->addStretch(1);

    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Case number"), tr("Caseworker"), tr("Check visit")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(drawButton, &QPushButton::clicked, this, &SpotCheckDialog::draw);
    connect(m_month, &QDateEdit::dateChanged, this, &SpotCheckDialog::load);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { emit openCase(m_table->item(row, 0)->data(Qt::UserRole).toLongLong()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 460);
    load();
}

void SpotCheckDialog::setMonth(QDate month)
{
    m_month->setDate(month);
}

void SpotCheckDialog::draw()
{
    auto drawn = FollowUpService(m_db).drawSpotChecks(m_month->date(), m_share->value() / 100.0, m_user);
    if (!drawn) {
        m_notice->showError(drawn.error().message);
        return;
    }
    load();
}

void SpotCheckDialog::load()
{
    auto checks = FollowUpService(m_db).spotChecks(m_month->date());
    m_table->setRowCount(0);
    if (!checks) {
        m_status->clear();
        m_notice->showError(tr("The spot checks could not be loaded: %1").arg(checks.error().message));
        return;
    }
    m_notice->hide();
    int done = 0;
    for (const SpotCheck &s : checks.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *number = new QTableWidgetItem(s.caseNumber);
        number->setData(Qt::UserRole, s.complaintId);
        m_table->setItem(row, 0, number);
        m_table->setItem(row, 1, new QTableWidgetItem(s.caseworker));
        m_table->setItem(row, 2, new QTableWidgetItem(s.done ? tr("Done") : tr("To do")));
        done += s.done ? 1 : 0;
    }
    m_status->setText(checks->isEmpty() ? tr("No sample drawn for this month yet.")
                                        : tr("%1 cases drawn, %2 checked.").arg(checks->size()).arg(done));
}

} // namespace casedesk
