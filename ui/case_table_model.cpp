#include "case_table_model.h"

#include "privacy/masking.h"

#include "domain/money.h"
#include "storage/database.h"
#include "storage/taxonomy_repository.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace casedesk {
namespace {

CaseSortKey sortKeyFor(int column)
{
    switch (column) {
    case CaseTableModel::CaseNumber: return CaseSortKey::ByCaseNumber;
    case CaseTableModel::Status: return CaseSortKey::ByStatus;
    case CaseTableModel::Category: return CaseSortKey::ByCategory;
    case CaseTableModel::Channel: return CaseSortKey::ByChannel;
    case CaseTableModel::Consumer: return CaseSortKey::ByConsumer;
    case CaseTableModel::Business: return CaseSortKey::ByBusiness;
    case CaseTableModel::Amount: return CaseSortKey::ByAmount;
    case CaseTableModel::Assignee: return CaseSortKey::ByAssignee;
    default: return CaseSortKey::ByReceivedAt;
    }
}

// Runs on a worker thread with its own connection; -1 if the count failed.
qint64 countOnWorker(const QString &path, const CaseFilter &filter)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        return -1;
    auto total = CaseListQuery(db.value()->connection()).count(filter);
    return total ? total.value() : -1;
}

} // namespace

CaseTableModel::CaseTableModel(QSqlDatabase db, QString databasePath, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_databasePath(std::move(databasePath))
{
    // setFuture() detaches the watcher from an older count, so only the latest one reports.
    connect(&m_countWatcher, &QFutureWatcher<qint64>::finished, this, [this] {
        m_total = m_countWatcher.result();
        emit totalCountChanged(m_total);
    });
    reload();
}

CaseTableModel::~CaseTableModel() { m_countWatcher.waitForFinished(); }

int CaseTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int CaseTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseListRow &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CaseNumber: return row.caseNumber;
    case ReceivedAt: return QLocale().toString(row.receivedAt, QStringLiteral("yyyy-MM-dd HH:mm"));
    case Status: return labelOf(row.status);
    case Category: return categoryLabel(row.categoryName, row.categoryNameEn);
    case Channel: return labelOf(row.channel);
    case Consumer: return row.consumerName;
    case Phone: return maskPhone(row.consumerPhone);
    case Business: return row.businessName;
    case Amount: return formatYuan(row.amountFen);
    case Assignee: return row.assignee;
    default: return {};
    }
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNumber: return tr("Case number");
    case ReceivedAt: return tr("Received");
    case Status: return tr("Status");
    case Category: return tr("Category");
    case Channel: return tr("Channel");
    case Consumer: return tr("Complainant");
    case Phone: return tr("Phone");
    case Business: return tr("Business");
    case Amount: return tr("Amount (¥)");
    case Assignee: return tr("Caseworker");
    default: return {};
    }
}

bool CaseTableModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_atEnd; }

void CaseTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    std::optional<PageCursor> after;
    if (!m_rows.isEmpty())
        after = PageCursor{m_rows.last().sortValue, m_rows.last().id};
    auto page = CaseListQuery(m_db).page(m_filter, m_sort, after, kPageSize);
    if (!page) {
        m_atEnd = true;
        emit loadFailed(page.error().message);
        return;
    }
    m_atEnd = page->size() < kPageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    const CaseSort sort{sortKeyFor(column), order == Qt::DescendingOrder};
    if (sort.key == m_sort.key && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
    fetchMore({});
}

void CaseTableModel::setFilter(const CaseFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CaseTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
    fetchMore({});
    startCount();
}

void CaseTableModel::startCount()
{
    m_total = -1;
    emit totalCountChanged(m_total);
    m_countWatcher.setFuture(QtConcurrent::run(countOnWorker, m_databasePath, m_filter));
}

qint64 CaseTableModel::caseIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

} // namespace casedesk
