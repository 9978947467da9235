#include "liaison/point_directory_page.h"

#include "auth/permissions.h"
#include "storage/user_repository.h"
#include "liaison/liaison_point_import.h"
#include "liaison/liaison_point_service.h"
#include "liaison/point_edit_dialog.h"
#include "notice_bar.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casedesk {

PointDirectoryPage::PointDirectoryPage(QSqlDatabase db, const QString &actor, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_actor(actor), m_search(new QLineEdit(this)), m_type(new QComboBox(this)),
      m_street(new QComboBox(this)), m_status(new QComboBox(this)), m_table(new QTableWidget(this)),
      m_notice(new NoticeBar(this))
{
    setObjectName(QStringLiteral("pointDirectoryPage"));
    m_search->setPlaceholderText(tr("Search by name, host, address or contact"));
    m_search->setClearButtonEnabled(true);
    m_type->addItem(tr("Every type"), QString());
    for (LiaisonPointType type : allLiaisonPointTypes())
        m_type->addItem(labelOf(type), codeOf(type));
    m_street->addItem(tr("Every street"), QString());
    m_status->addItem(tr("Every status"), QString());
    for (LiaisonPointStatus status : allLiaisonPointStatuses())
        m_status->addItem(labelOf(status), codeOf(status));
    m_table->setObjectName(QStringLiteral("pointTable"));
    m_table->setColumnCount(9);
    m_table->setHorizontalHeaderLabels({tr("Liaison point"), tr("Type"), tr("Street"), tr("Host organisation"),
                                        tr("Contact"), tr("Phone"), tr("Official"), tr("Status"), tr("Model point")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *add = new QPushButton(tr("Add..."), this);
    auto *edit = new QPushButton(tr("Edit..."), this);
    auto *merge = new QPushButton(tr("Merge Two..."), this);
    merge->setToolTip(tr("Select two records of the same point; the first keeps its details and gets the other's "
                         "transfers, leads, ledgers and visits"));
    auto *import = new QPushButton(tr("Import List..."), this);
    import->setToolTip(tr("A council's list of points as Excel (.xlsx) or CSV, with Chinese column names "
                          "(名称, 类型, 依托单位, 地址, 区, 街道, 联系人, 联系电话, 指导员, 设立日期, 状态)"));
    auto *reveal = new QPushButton(tr("Show Phone"), this);
    reveal->setToolTip(tr("The selected contact's full phone number (recorded in the desk log)"));
    const bool manages = authorize(m_db, m_actor, Permission::ManageDirectories).ok();
    for (QPushButton *button : {add, edit, merge, import}) {
        button->setEnabled(manages);
        if (!manages)
            button->setToolTip(tr("Supervisors and administrators keep the directory of points."));
    }
    reveal->setEnabled(authorize(m_db, m_actor, Permission::RevealPersonalData).ok());

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_type, 1);
    filters->addWidget(m_street, 1);
    filters->addWidget(m_status, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {add, edit, merge, import, reveal})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    m_notice->hide();

    connect(m_search, &QLineEdit::returnPressed, this, &PointDirectoryPage::reload);
    for (QComboBox *box : {m_type, m_street, m_status})
        connect(box, &QComboBox::activated, this, &PointDirectoryPage::reload);
    connect(add, &QPushButton::clicked, this, &PointDirectoryPage::addPoint);
    connect(edit, &QPushButton::clicked, this, &PointDirectoryPage::editPoint);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this, manages] {
        if (manages)
            editPoint();
    });
    connect(merge, &QPushButton::clicked, this, &PointDirectoryPage::mergePoints);
    connect(import, &QPushButton::clicked, this, &PointDirectoryPage::chooseImport);
    connect(reveal, &QPushButton::clicked, this, &PointDirectoryPage::revealPhone);
    reload();
    reloadStreets(); // after the list: its failure stays shown
}

void PointDirectoryPage::reloadStreets()
{
    const QString chosen = m_street->currentData().toString();
    auto streets = LiaisonPointService(m_db).streets(m_actor);
    if (!streets)
        m_notice->showError(tr("The streets could not be loaded: %1").arg(streets.error().message));
    while (m_street->count() > 1)
        m_street->removeItem(1);
    for (const QString &street : streets ? streets.value() : QStringList())
        m_street->addItem(street, street);
    m_street->setCurrentIndex(std::max(0, m_street->findData(chosen)));
}

void PointDirectoryPage::reload()
{
    LiaisonPointFilter filter;
    filter.text = m_search->text().trimmed();
    filter.type = liaisonPointTypeFromCode(m_type->currentData().toString());
    filter.street = m_street->currentData().toString();
    filter.status = liaisonPointStatusFromCode(m_status->currentData().toString());
    auto points = LiaisonPointService(m_db).list(filter, m_actor);
    m_points = points ? points.value() : QList<LiaisonPoint>{};
    if (!points)
        m_notice->showError(tr("The liaison points could not be loaded: %1").arg(points.error().message));
    else if (m_notice->kind() == NoticeBar::Kind::Error)
        m_notice->hide(); // an earlier failure is over
    m_table->setRowCount(int(m_points.size()));
    for (int row = 0; row < m_points.size(); ++row) {
        const LiaisonPoint &p = m_points.at(row);
        const QStringList cells = {p.name,
                                   labelOf(p.type),
                                   p.street,
                                   p.host,
                                   p.contactPerson,
                                   p.contactPhone,
                                   p.official,
                                   labelOf(p.status),
                                   p.modelYear > 0 ? tr("%1 (%2)").arg(p.modelTitle).arg(p.modelYear) : QString()};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

QList<LiaisonPoint> PointDirectoryPage::selectedPoints() const
{
    QList<LiaisonPoint> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (index.row() < m_points.size())
            selected.append(m_points.at(index.row()));
    }
    return selected;
}

QStringList PointDirectoryPage::officials() const
{
    auto names = namesOfUsersAllowed(m_db, Permission::WorkCase);
    if (!names)
        m_notice->showError(tr("The officials could not be loaded: %1").arg(names.error().message));
    return names ? names.value() : QStringList();
}

void PointDirectoryPage::addPoint()
{
    PointEditDialog dialog(m_db, LiaisonPoint{}, officials(), m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_notice->showMessage(tr("Liaison point %1 added.").arg(dialog.saved().name), NoticeBar::Kind::Information);
    reloadStreets();
    reload();
    emit pointsChanged();
}

void PointDirectoryPage::editPoint()
{
    const QList<LiaisonPoint> selected = selectedPoints();
    if (selected.isEmpty()) {
        m_notice->showMessage(tr("Select a point first."), NoticeBar::Kind::Information);
        return;
    }
    PointEditDialog dialog(m_db, selected.first(), officials(), m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_notice->showMessage(tr("Liaison point %1 saved.").arg(dialog.saved().name), NoticeBar::Kind::Information);
    reloadStreets();
    reload();
    emit pointsChanged();
}

void PointDirectoryPage::mergePoints()
{
    const QList<LiaisonPoint> selected = selectedPoints();
    if (selected.size() != 2) {
        m_notice->showMessage(tr("Select exactly two records of the same point."), NoticeBar::Kind::Information);
        return;
    }
    const LiaisonPoint &kept = selected.at(0);
    const LiaisonPoint &other = selected.at(1);
    if (QMessageBox::question(this, tr("Merge Liaison Points"),
                              tr("Keep \"%1\" and move the transfers, leads, ledgers and visits of \"%2\" to it? "
                                 "\"%2\" is then removed from the directory.")
                                  .arg(kept.name, other.name)) != QMessageBox::Yes)
        return;
    auto merged = LiaisonPointService(m_db).merge(kept.id, other.id, m_actor);
    if (!merged) {
        m_notice->showError(merged.error().message);
        return;
    }
    m_notice->showMessage(tr("\"%1\" merged into \"%2\".").arg(other.name, kept.name), NoticeBar::Kind::Information);
    reloadStreets();
    reload();
    emit pointsChanged();
}

void PointDirectoryPage::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Liaison Points"), QString(),
                                                      tr("Lists of points (*.xlsx *.csv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool PointDirectoryPage::importFile(const QString &path, bool confirm)
{
    auto plan = previewPointImport(m_db, path, m_actor);
    if (!plan) {
        m_notice->showError(plan.error().message);
        return false;
    }
    int added = 0;
    int filled = 0;
    QStringList problems;
    for (const PointImportRow &row : plan->rows) {
        if (!row.error.isEmpty())
            problems << tr("line %1: %2").arg(row.line).arg(row.error);
        else if (row.duplicateOf > 0 || row.sameAsLine > 0)
            ++filled;
        else
            ++added;
    }
    const QString file = QFileInfo(path).fileName();
    if (!problems.isEmpty()) {
        // The import takes a list whole or not at all: say every row to correct.
        m_notice->showError(tr("%1 was not imported; correct these rows and try again:\n%2")
                                .arg(file, problems.mid(0, 20).join(QLatin1Char('\n'))));
        return false;
    }
    if (confirm && QMessageBox::question(this, tr("Import Liaison Points"),
                                         tr("%1: %2 new point(s); %3 row(s) fill in points already in the directory. "
                                            "Import?")
                                             .arg(file)
                                             .arg(added)
                                             .arg(filled)) != QMessageBox::Yes)
        return false;
    auto imported = importPoints(m_db, path, m_actor);
    if (!imported) {
        m_notice->showError(imported.error().message);
        return false;
    }
    m_notice->showMessage(tr("%1 imported: %2 point(s) added, %3 filled in.")
                              .arg(file)
                              .arg(imported->added)
                              .arg(imported->filled),
                          NoticeBar::Kind::Information);
    reloadStreets();
    reload();
    emit pointsChanged();
    return true;
}

void PointDirectoryPage::revealPhone()
{
    const QList<LiaisonPoint> selected = selectedPoints();
    if (selected.isEmpty())
        return;
    auto phone = LiaisonPointService(m_db).revealContactPhone(selected.first().id, m_actor);
    if (!phone) {
        m_notice->showError(phone.error().message);
        return;
    }
    m_notice->showMessage(tr("%1's contact: %2 (recorded in the desk log)").arg(selected.first().name, phone.value()),
                          NoticeBar::Kind::Information);
}

} // namespace casedesk
