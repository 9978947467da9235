#include "workorders/import_dialog.h"

#include "background_work.h"
#include "domain/money.h"
#include "notice_bar.h"
#include "privacy/masking.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {
namespace {

constexpr int kPreviewRows = 2000; // shown; the import takes every row

} // namespace

ImportDialog::ImportDialog(QSqlDatabase db, const QString &actor, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_actor(actor), m_source(new QComboBox(this)), m_file(new QLineEdit(this)),
      m_columns(new QTableWidget(this)), m_preview(new QTableWidget(this)), m_summary(new QLabel(this)),
      m_validRows(new QRadioButton(tr("Register the valid rows; list the others"), this)),
      m_allOrNothing(new QRadioButton(tr("Register nothing unless every row is valid"), this)),
      m_fillDuplicates(new QCheckBox(tr("Fill in the empty fields of work orders registered before"), this)),
      m_import(new QPushButton(tr("Import"), this)), m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Work Orders"));
    m_source->addItem(tr("12315 platform"), codeOf(OrderSource::Platform12315));
    m_source->addItem(tr("12345 hotline"), codeOf(OrderSource::Hotline12345));
    m_source->addItem(tr("Another table"), codeOf(OrderSource::Generic));
    m_file->setPlaceholderText(tr("An Excel workbook (.xlsx) or a CSV file"));
    auto *browse = new QPushButton(tr("Choose..."), this);
    auto *read = new QPushButton(tr("Read"), this);
    read->setObjectName(QStringLiteral("importReadButton"));
    auto *fileLine = new QHBoxLayout;
    fileLine->addWidget(new QLabel(tr("From"), this));
    fileLine->addWidget(m_source);
    fileLine->addWidget(m_file, 1);
    fileLine->addWidget(browse);
    fileLine->addWidget(read);

    m_columns->setColumnCount(2);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("Taken as")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();
    m_preview->setColumnCount(7);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Work-order number"), tr("Received"), tr("Complainant"),
                                          tr("Business"), tr("Amount"), tr("What happens")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_validRows->setChecked(true);
    m_import->setEnabled(false);

    auto *tables = new QHBoxLayout;
    tables->addWidget(m_columns, 1);
    tables->addWidget(m_preview, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(fileLine);
    layout->addLayout(tables, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_validRows);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(m_fillDuplicates);
    layout->addWidget(buttons);
    m_notice->hide();
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(read, &QPushButton::clicked, this, [this] {
        m_columns->setRowCount(0); // a new file: its own columns
        readFile();
    });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importRows);
    connect(m_fillDuplicates, &QCheckBox::toggled, this, [this] {
        if (m_plan)
            showPlan();
    });
    // Another source or file: what was read no longer stands.
    const auto forget = [this] {
        m_read.reset();
        m_plan.reset();
        m_import->setEnabled(false);
        m_summary->clear();
    };
    connect(m_source, &QComboBox::currentIndexChanged, this, forget);
    connect(m_file, &QLineEdit::textEdited, this, forget);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1150, 650);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Work Orders"), m_file->text(),
                                                      tr("Work orders (*.xlsx *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_file->setText(path);
    m_columns->setRowCount(0);
    readFile();
}

ColumnOverrides ImportDialog::chosenColumns() const
{
    ColumnOverrides chosen;
    for (int r = 0; r < m_columns->rowCount(); ++r) {
        auto *box = qobject_cast<QComboBox *>(m_columns->cellWidget(r, 1));
        if (box)
            chosen.insert(m_columns->item(r, 0)->text(), orderFieldFromCode(box->currentData().toString()));
    }
    return chosen;
}

void ImportDialog::columnChosen(int row)
{
    if (m_choosing)
        return;
    auto *changed = qobject_cast<QComboBox *>(m_columns->cellWidget(row, 1));
    const QString field = changed ? changed->currentData().toString() : QString();
    m_choosing = true;
    for (int r = 0; r < m_columns->rowCount(); ++r) {
        auto *other = qobject_cast<QComboBox *>(m_columns->cellWidget(r, 1));
        if (r != row && other && !field.isEmpty() && other->currentData().toString() == field)
            other->setCurrentIndex(0);
    }
    m_choosing = false;
    // Mapped again once this box's signal has returned: the table may be redrawn with new boxes.
    QMetaObject::invokeMethod(this, [this] { mapAgain(); }, Qt::QueuedConnection);
}

bool ImportDialog::readFile()
{
    m_read.reset();
    m_plan.reset();
    m_import->setEnabled(false);
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        m_notice->showError(tr("Choose the file to import."));
        return false;
    }
    const auto source = orderSourceFromCode(m_source->currentData().toString()).value_or(OrderSource::Generic);
    const ColumnOverrides overrides = chosenColumns();
    // A large download takes a moment to read and check row by row: on a worker with its own
    // connection. What it read is kept (runWithProgress returns once the worker is done).
    std::optional<WorkOrderFile> read;
    auto plan = runWithProgress<ImportPlan>(
        this, WorkOptions{tr("Import Work Orders"), tr("Reading the work orders..."), m_db.databaseName(), false},
        std::function([source, path, overrides, &read](WorkContext &work) -> Result<ImportPlan> {
            auto file = readWorkOrderFile(path);
            if (!file)
                return file.error();
            read = std::move(file.value());
            return planWorkOrderImport(work.db, source, *read, overrides);
        }));
    m_read = std::move(read);
    return planned(plan);
}

bool ImportDialog::mapAgain()
{
    if (!m_read)
        return readFile();
    m_plan.reset();
    m_import->setEnabled(false);
    const auto source = orderSourceFromCode(m_source->currentData().toString()).value_or(OrderSource::Generic);
    const ColumnOverrides overrides = chosenColumns();
    auto plan = runWithProgress<ImportPlan>(
        this, WorkOptions{tr("Import Work Orders"), tr("Reading the work orders..."), m_db.databaseName(), false},
        std::function([source, file = *m_read, overrides](WorkContext &work) {
            return planWorkOrderImport(work.db, source, file, overrides);
        }));
    return planned(plan);
}

bool ImportDialog::planned(const Result<ImportPlan> &plan)
{
    if (!plan) {
        m_preview->setRowCount(0);
        m_summary->clear();
        m_notice->showError(plan.error().message);
        return false;
    }
    m_notice->hide();
    m_plan = plan.value();
    showPlan();
    return true;
}

void ImportDialog::showPlan()
{
    const ImportPlan &plan = *m_plan;
    // The columns with what each was taken for; changing one takes the rows again. The same
    // header keeps its boxes (one may be sending the signal that got here).
    bool sameHeader = m_columns->rowCount() == plan.header.size();
    for (int c = 0; sameHeader && c < plan.header.size(); ++c)
        sameHeader = m_columns->item(c, 0) && m_columns->item(c, 0)->text() == plan.header.at(c);
    m_choosing = true;
    if (!sameHeader) {
        m_columns->setRowCount(int(plan.header.size()));
        for (int c = 0; c < plan.header.size(); ++c) {
            m_columns->setItem(c, 0, new QTableWidgetItem(plan.header.at(c)));
            auto *box = new QComboBox(m_columns);
            box->addItem(tr("(not imported)"), QString());
            for (OrderField field : allOrderFields())
                box->addItem(labelOf(field), codeOf(field));
            connect(box, &QComboBox::currentIndexChanged, this, [this, c] { columnChosen(c); });
            m_columns->setCellWidget(c, 1, box);
        }
        m_columns->resizeColumnToContents(0);
    }
    for (int c = 0; c < plan.header.size(); ++c) {
        auto *box = qobject_cast<QComboBox *>(m_columns->cellWidget(c, 1));
        box->setCurrentIndex(plan.mapping.contains(c) ? box->findData(codeOf(plan.mapping.value(c))) : 0);
    }
    m_choosing = false;

    const DuplicateChoice duplicates = m_fillDuplicates->isChecked() ? DuplicateChoice::FillEmpty : DuplicateChoice::Skip;
    const int shown = std::min(int(plan.rows.size()), kPreviewRows);
    m_preview->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const OrderRow &row = plan.rows.at(r);
        const Complaint &c = row.complaint;
        const RowFate fate = row.fate(duplicates);
        const QString what = fate == RowFate::Fill ? tr("Already registered (%1): its empty fields filled in")
                                                         .arg(row.duplicateOf)
                             : fate == RowFate::Skip   ? tr("Already registered (%1): skipped").arg(row.duplicateOf)
                             : fate == RowFate::Refuse ? row.problems.join(QStringLiteral(" "))
                                                       : tr("Registered");
        const QStringList cells = {QString::number(row.line), c.platformRef,
                                   c.receivedAt.isValid() ? c.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                          : QString(),
                                   maskName(c.consumer.name), c.business.name, formatYuan(c.amountFen), what};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (fate == RowFate::Refuse)
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
            if (col == cells.size() - 1)
                item->setToolTip(what); // a row's problems may be longer than the column
            m_preview->setItem(r, col, item);
        }
    }
    m_preview->resizeColumnsToContents();
    QString summary = tr("%1, sheet %2, header on line %3: %4 to register, %5 registered already, %6 with problems.")
                          .arg(plan.fileName, plan.sheet)
                          .arg(plan.headerLine)
                          .arg(plan.validCount())
                          .arg(plan.duplicateCount())
                          .arg(plan.problemCount());
    if (plan.rows.size() > shown)
        summary += QLatin1Char(' ') + tr("The first %1 rows are shown.").arg(shown);
    m_summary->setText(summary);
    const bool fills = std::any_of(plan.rows.cbegin(), plan.rows.cend(),
                                   [duplicates](const OrderRow &row) { return row.fate(duplicates) == RowFate::Fill; });
    m_import->setEnabled(plan.validCount() > 0 || fills);
}

bool ImportDialog::importRows()
{
    if (!m_plan)
        return false;
    const ImportPlan plan = *m_plan;
    const ImportChoice choice = m_allOrNothing->isChecked() ? ImportChoice::AllOrNothing : ImportChoice::ValidRows;
    const DuplicateChoice duplicates = m_fillDuplicates->isChecked() ? DuplicateChoice::FillEmpty : DuplicateChoice::Skip;
    const QString actor = m_actor;
    auto outcome = runWithProgress<ImportOutcome>(
        this, WorkOptions{tr("Import Work Orders"), tr("Registering the work orders..."), m_db.databaseName(), true},
        std::function([plan, choice, duplicates, actor](WorkContext &work) {
            return importWorkOrders(work.db, plan, choice, duplicates, actor, QDateTime::currentDateTime(),
                                    [&work](int done, int total) { return work.progress(done, total); });
        }));
    if (!outcome) {
        m_notice->showError(outcome.error().message);
        return false;
    }
    const QString message =
        tr("%1 work order(s) registered from %2; %3 registered before filled in, %4 registered already left as they "
           "were, %5 with problems.")
            .arg(outcome->registered.size())
            .arg(plan.fileName)
            .arg(outcome->filled)
            .arg(outcome->skippedDuplicates)
            .arg(outcome->refused);
    m_notice->showMessage(message, NoticeBar::Kind::Information);
    m_import->setEnabled(false);
    emit imported(int(outcome->registered.size()), message);
    return true;
}

} // namespace casedesk
