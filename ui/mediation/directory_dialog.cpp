#include "directory_dialog.h"

#include "notice_bar.h"

#include "mediation/directory_service.h"
#include "storage/mediation_directory_repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace casedesk {
namespace {

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void fillRow(QTableWidget *t, int row, const QStringList &cells, qint64 id, bool active)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, id);
        if (!active)
            item->setForeground(Qt::gray);
        t->setItem(row, column, item);
    }
}

QWidget *page(QTableWidget *t, QPushButton *add, QPushButton *edit, QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(t, 1);
    layout->addLayout(buttons);
    return w;
}

// Adds the dialog's message line (why a save failed) at the top of its form and Save and
// Cancel at the foot, and shows it. Save runs `save` and closes the dialog only when that worked:
// true then.
bool savedFromDialog(QDialog &dialog, QFormLayout *form, const std::function<Status()> &save)
{
    auto *problem = new NoticeBar(&dialog);
    form->insertRow(0, problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, problem, &save] {
        if (auto saved = save(); !saved) {
            problem->showError(saved.error().message);
            return;
        }
        dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

DirectoryDialog::DirectoryDialog(QSqlDatabase db, const QString &actor, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_actor(actor),
      m_mediators(table({tr("Name"), tr("Kind"), tr("Office"), tr("Phone"), tr("E-mail"), tr("Active")},
                        QStringLiteral("mediatorTable"), this)),
      m_courts(table({tr("Name"), tr("Kind"), tr("Address"), tr("Active")}, QStringLiteral("courtTable"), this)),
      m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("directoryDialog"));
    setWindowTitle(tr("Mediators and Courts"));
    auto *addMediator = new QPushButton(tr("Add Mediator..."), this);
    auto *editMediatorButton = new QPushButton(tr("Edit..."), this);
    auto *addCourt = new QPushButton(tr("Add Court..."), this);
    auto *editCourtButton = new QPushButton(tr("Edit..."), this);
    connect(addMediator, &QPushButton::clicked, this, [this] { editMediator(-1); });
    connect(editMediatorButton, &QPushButton::clicked, this, [this] { editMediator(m_mediators->currentRow()); });
    connect(m_mediators, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editMediator(row); });
    connect(addCourt, &QPushButton::clicked, this, [this] { editCourt(-1); });
    connect(editCourtButton, &QPushButton::clicked, this, [this] { editCourt(m_courts->currentRow()); });
    connect(m_courts, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editCourt(row); });
    auto *tabs = new QTabWidget(this);
    tabs->addTab(page(m_mediators, addMediator, editMediatorButton, this), tr("Mediators"));
    tabs->addTab(page(m_courts, addCourt, editCourtButton, this), tr("Courts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    reload();
    resize(820, 480);
}

void DirectoryDialog::reload()
{
    MediationDirectoryRepository directory(m_db);
    m_mediators->setRowCount(0);
    m_notice->hide();
    QStringList failed;
    auto people = directory.mediators(true);
    if (!people)
        failed << tr("The mediators could not be loaded: %1").arg(people.error().message);
    if (people) {
        m_mediators->setRowCount(int(people->size()));
        for (int row = 0; row < people->size(); ++row) {
            const Mediator &m = people->at(row);
            fillRow(m_mediators, row,
                    {m.name, labelOf(m.kind), m.office, m.phone, m.email, m.active ? tr("Yes") : tr("No")}, m.id,
                    m.active);
        }
    }
    m_courts->setRowCount(0);
    auto courts = directory.courts(true);
    if (!courts)
        failed << tr("The courts could not be loaded: %1").arg(courts.error().message);
    if (!failed.isEmpty())
        m_notice->showError(failed.join(QLatin1Char('\n')));
    if (courts) {
        m_courts->setRowCount(int(courts->size()));
        for (int row = 0; row < courts->size(); ++row) {
            const Court &c = courts->at(row);
            fillRow(m_courts, row, {c.name, labelOf(c.kind), c.address, c.active ? tr("Yes") : tr("No")}, c.id,
                    c.active);
        }
    }
    // A little air after the widest text, so names do not touch the grid.
    for (QTableWidget *t : {m_mediators, m_courts}) {
        t->resizeColumnsToContents();
        for (int column = 0; column + 1 < t->columnCount(); ++column)
            t->setColumnWidth(column, t->columnWidth(column) + 16);
    }
}

void DirectoryDialog::editMediator(int row)
{
    Mediator m;
    if (row >= 0) {
        auto stored =
            MediationDirectoryRepository(m_db).mediator(m_mediators->item(row, 0)->data(Qt::UserRole).toLongLong());
        if (!stored)
            return;
        m = stored.value();
    }
    QDialog dialog(this);
    dialog.setWindowTitle(row >= 0 ? tr("Edit Mediator") : tr("Add Mediator"));
    auto *name = new QLineEdit(m.name, &dialog);
    auto *kind = new QComboBox(&dialog);
    for (MediatorKind k : allMediatorKinds())
        kind->addItem(labelOf(k), codeOf(k));
    kind->setCurrentIndex(kind->findData(codeOf(m.kind)));
    auto *office = new QLineEdit(m.office, &dialog);
    office->setPlaceholderText(tr("e.g. 汽车专业委员会, a law firm"));
    auto *phone = new QLineEdit(m.phone, &dialog);
    auto *email = new QLineEdit(m.email, &dialog);
    auto *active = new QCheckBox(tr("Can be booked"), &dialog);
    active->setChecked(m.active);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Name"), name);
    form->addRow(tr("Kind"), kind);
    form->addRow(tr("Office"), office);
    form->addRow(tr("Phone"), phone);
    form->addRow(tr("E-mail"), email);
    form->addRow(QString(), active);
    const bool saved = savedFromDialog(dialog, form, [&]() -> Status {
        m.name = name->text();
        m.kind = mediatorKindFromCode(kind->currentData().toString()).value_or(MediatorKind::Staff);
        m.office = office->text();
        m.phone = phone->text();
        m.email = email->text();
        m.active = active->isChecked();
        if (auto stored = MediationDirectoryService(m_db).saveMediator(m, m_actor); !stored)
            return stored.error();
        return {};
    });
    if (saved)
        reload();
}

void DirectoryDialog::editCourt(int row)
{
    Court c;
    if (row >= 0) {
        auto stored = MediationDirectoryRepository(m_db).court(m_courts->item(row, 0)->data(Qt::UserRole).toLongLong());
        if (!stored)
            return;
        c = stored.value();
    }
    QDialog dialog(this);
    dialog.setWindowTitle(row >= 0 ? tr("Edit Court") : tr("Add Court"));
    auto *name = new QLineEdit(c.name, &dialog);
    auto *kind = new QComboBox(&dialog);
    for (CourtKind k : allCourtKinds())
        kind->addItem(labelOf(k), codeOf(k));
    kind->setCurrentIndex(kind->findData(codeOf(c.kind)));
    auto *address = new QLineEdit(c.address, &dialog);
    auto *active = new QCheckBox(tr("In use"), &dialog);
    active->setChecked(c.active);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Name"), name);
    form->addRow(tr("Kind"), kind);
    form->addRow(tr("Address"), address);
    form->addRow(QString(), active);
    const bool saved = savedFromDialog(dialog, form, [&]() -> Status {
        c.name = name->text();
        c.kind = courtKindFromCode(kind->currentData().toString()).value_or(CourtKind::Court);
        c.address = address->text();
        c.active = active->isChecked();
        if (auto stored = MediationDirectoryService(m_db).saveCourt(c, m_actor); !stored)
            return stored.error();
        return {};
    });
    if (saved)
        reload();
}

} // namespace casedesk
