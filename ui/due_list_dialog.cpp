#include "due_list_dialog.h"

#include "background_work.h"
#include "deadlines/due_list.h"
#include "export/xlsx_workbook.h"
#include "notice_bar.h"
#include "privacy/masking.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

DueListDialog::DueListDialog(QSqlDatabase db, QString currentUser, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_currentUser(std::move(currentUser)), m_within(new QSpinBox(this)),
      m_mine(new QCheckBox(tr("Only my cases"), this)), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_showAll(new QPushButton(this)), m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("dueListDialog"));
    setWindowTitle(tr("Due Soon and Overdue"));
    m_within->setRange(0, 45);
    m_within->setValue(3);
    m_within->setSuffix(tr(" working days"));
    m_mine->setEnabled(!m_currentUser.isEmpty());
    m_mine->setChecked(!m_currentUser.isEmpty());
    m_table->setObjectName(QStringLiteral("dueTableWidget"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Case number"), tr("Deadline"), tr("Due"), tr("State"), tr("Status"),
                                        tr("Complainant"), tr("Business"), tr("Caseworker")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row) {
                // A talk's promise belongs to a business, not to a case: nothing to open.
                if (const QString caseNumber = m_table->item(row, 0)->text(); !caseNumber.isEmpty())
                    emit caseRequested(caseNumber);
            });

    m_showAll->setObjectName(QStringLiteral("dueShowAllButton"));
    m_showAll->hide();
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        m_allRows = true;
        refresh();
    });
    auto *summaryLine = new QHBoxLayout;
    summaryLine->addWidget(m_summary, 1);
    summaryLine->addWidget(m_showAll);

    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    auto *excel = new QPushButton(tr("Export Excel..."), this);
    excel->setObjectName(QStringLiteral("dueExcelButton"));
    connect(excel, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Excel"), tr("due.xlsx"),
                                                          tr("Excel workbooks (*.xlsx)"));
        if (path.isEmpty())
            return;
        if (auto written = exportWorkbook(path); !written)
            m_notice->showError(written.error().message);
        else
            m_notice->showMessage(tr("Saved %1").arg(path), NoticeBar::Kind::Information);
    });
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Due within"), this));
    controls->addWidget(m_within);
    controls->addWidget(m_mine);
    controls->addStretch();
    controls->addWidget(refreshButton);
    controls->addWidget(excel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(controls);
    layout->addLayout(summaryLine);
    layout->addWidget(m_table, 1);
    connect(refreshButton, &QPushButton::clicked, this, &DueListDialog::refresh);
    // Another window or caseworker filter starts again from a page.
    connect(m_within, &QSpinBox::valueChanged, this, [this] {
        m_allRows = false;
        refresh();
    });
    connect(m_mine, &QCheckBox::toggled, this, [this] {
        m_allRows = false;
        refresh();
    });
    resize(1100, 600);
    refresh();
}

void DueListDialog::refresh()
{
    const quint64 serial = ++m_loadSerial;
    ++m_loading;
    m_table->setRowCount(0);
    m_table->setEnabled(false);
    m_showAll->hide();
    m_summary->setText(tr("Reading the deadlines..."));
    auto due = std::make_shared<Result<DuePage>>(DuePage{});
    const int within = m_within->value();
    const int limit = m_allRows ? -1 : kPageRows;
    const QString assignee = m_mine->isChecked() ? m_currentUser : QString();
    runInBackground(
        this, m_db.databaseName(),
        [due, within, limit, assignee](WorkContext &work) -> Status {
            *due = dueSoonOrOverduePage(work.db, QDateTime::currentDateTime(), within, limit, assignee);
            return {};
        },
        [this, serial, due](const Status &ran) {
            --m_loading;
            if (serial != m_loadSerial)
                return; // a newer load is under way
            fill(ran ? *due : Result<DuePage>(ran.error()));
            emit loaded();
        });
}

QStringList DueListDialog::cellsOf(const DueItem &item)
{
    const QLocale locale;
    const Deadline &d = item.deadline;
    const bool hours = d.rule.unit == DeadlineUnit::Hours;
    const QString when =
        hours ? locale.toString(d.dueAt, QStringLiteral("yyyy-MM-dd HH:mm")) : d.dueDate.toString(Qt::ISODate);
    QString state;
    if (d.clockPaused)
        state = tr("clock stopped");
    else if (hours)
        state = d.overdue ? tr("%n hour(s) late", nullptr, int((-d.minutesLeft + 59) / 60))
                          : tr("%n hour(s) left", nullptr, int(d.minutesLeft / 60));
    else if (d.daysLeft == 0)
        state = tr("due today");
    else if (d.rule.unit == DeadlineUnit::CalendarDays)
        state = d.overdue ? tr("%n day(s) late", nullptr, -d.daysLeft) : tr("%n day(s) left", nullptr, d.daysLeft);
    else
        state = d.overdue ? tr("%n working day(s) late", nullptr, -d.daysLeft)
                          : tr("%n working day(s) left", nullptr, d.daysLeft);
    const QString status = item.promiseId != 0 ? QString() : labelOf(item.status); // a business's, not a case's
    return {item.caseNumber, dueItemLabel(item), when, state, status, item.consumerName, item.businessName,
            item.assignee};
}

Status DueListDialog::exportWorkbook(const QString &path)
{
    // Every line, not only the page shown; complainants' names masked (the list is for the office).
    auto due = dueSoonOrOverduePage(m_db, QDateTime::currentDateTime(), m_within->value(), -1,
                                    m_mine->isChecked() ? m_currentUser : QString());
    if (!due)
        return due.error();
    QList<XlsxWorkbook::Column> columns;
    const QList<double> widths = {18, 24, 17, 16, 14, 10, 32, 10};
    for (int c = 0; c < m_table->columnCount(); ++c)
        columns.append({m_table->horizontalHeaderItem(c)->text(), XlsxWorkbook::Cell::Text, widths.value(c, 14)});
    XlsxWorkbook book(path);
    const int sheet = book.addSheet(tr("Due"), columns,
                                    tr("Due within %n working day(s) or overdue, as of %1", nullptr, m_within->value())
                                        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    for (const DueItem &item : std::as_const(due->items)) {
        QStringList cells = cellsOf(item);
        cells[5] = maskName(cells.at(5));
        book.addRow(sheet, QVariantList(cells.cbegin(), cells.cend()));
    }
    return book.close();
}

void DueListDialog::fill(const Result<DuePage> &due)
{
    m_table->setEnabled(true);
    if (!due) {
        m_table->setRowCount(0);
        m_summary->clear();
        m_notice->showError(tr("The deadlines could not be loaded: %1").arg(due.error().message));
        return;
    }
    m_notice->hide();
    const QLocale locale;
    const QList<DueItem> &items = due->items;
    m_table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const QStringList cells = cellsOf(items.at(row));
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (items.at(row).deadline.overdue)
                cell->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    QString summary = tr("%1 deadline(s) to watch, %2 of them overdue.")
                          .arg(locale.toString(due->total), locale.toString(due->overdue));
    if (items.size() < due->total) {
        summary += QLatin1Char(' ') + tr("The %1 most urgent are shown.").arg(locale.toString(items.size()));
        m_showAll->setText(tr("Show all %1").arg(locale.toString(due->total)));
        m_showAll->show();
    }
    m_summary->setText(summary);
}

} // namespace casedesk
