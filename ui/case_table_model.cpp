#include "case_table_model.h"

#include "privacy/masking.h"

#include "domain/money.h"
#include "storage/database.h"
#include "storage/taxonomy_repository.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

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

int CaseTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_rowCount; }

int CaseTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::UserRole && role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {}; // answered without loading a dropped page
    const CaseListRow *found = rowAt(index.row());
    if (!found)
        return {};
    const CaseListRow &row = *found;
    if (role == Qt::UserRole)
        return row.id;
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
    auto page = CaseListQuery(m_db).page(m_filter, m_sort, m_nextPage, kPageSize);
    if (!page) {
        m_atEnd = true;
        emit loadFailed(page.error().message);
        return;
    }
    m_atEnd = page->size() < kPageSize;
    if (page->isEmpty())
        return;
    const CaseListRow &last = page->last();
    const std::optional<PageCursor> after = std::exchange(m_nextPage, PageCursor{last.sortValue, last.id});
    beginInsertRows({}, m_rowCount, m_rowCount + int(page->size()) - 1);
    m_pages.append(Page{after, std::move(page).value(), true});
    m_rowCount += int(m_pages.last().rows.size());
    touch(int(m_pages.size()) - 1);
    endInsertRows();
}

const CaseListRow *CaseTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int pageIndex = row / kPageSize;
    Page &page = m_pages[pageIndex];
    if (!page.loaded) {
        // After a failure the database is not asked again until reload() (Refresh): a
        // locked or lost file would otherwise be waited on once per cell painted.
        if (m_failureReported)
            return nullptr;
        // Dropped earlier: load it again from where it starts. Only rows, never the count,
        // come from here: changes made since show after reload(), which resets the view.
        auto rows = CaseListQuery(m_db).page(m_filter, m_sort, page.after, kPageSize);
        if (!rows) {
            reportFailure(rows.error().message);
            return nullptr;
        }
        page.rows = std::move(rows).value();
        page.loaded = true;
    }
    touch(pageIndex);
    const int offset = row % kPageSize;
    // A page loaded again after cases were deleted may come back shorter.
    return offset < page.rows.size() ? &page.rows.at(offset) : nullptr;
}

void CaseTableModel::touch(int page) const
{
    if (!m_recentPages.isEmpty() && m_recentPages.last() == page)
        return; // the common case: the view paints one page cell after cell
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
    while (m_recentPages.size() > kMaxLoadedPages) {
        Page &dropped = m_pages[m_recentPages.takeFirst()];
        dropped.rows = {}; // releases the memory, unlike clear()
        dropped.loaded = false;
    }
}

void CaseTableModel::reportFailure(const QString &message) const
{
    // Asked for while the view paints: report once, later, so no dialog opens inside a paint
    // event and a broken connection does not raise one message per cell.
    if (m_failureReported)
        return;
    m_failureReported = true;
    QMetaObject::invokeMethod(const_cast<CaseTableModel *>(this),
                              [this, message] { emit const_cast<CaseTableModel *>(this)->loadFailed(message); },
                              Qt::QueuedConnection);
}

void CaseTableModel::clearRows()
{
    m_pages = {};
    m_recentPages.clear();
    m_nextPage.reset();
    m_rowCount = 0;
    m_atEnd = false;
    m_failureReported = false;
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    const CaseSort sort{sortKeyFor(column), order == Qt::DescendingOrder};
    if (sort.key == m_sort.key && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    beginResetModel();
    clearRows();
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
    clearRows();
    endResetModel();
    fetchMore({});
    startCount();
}

void CaseTableModel::startCount()
{
    // The count of a one-character search can take a second on a million cases: the list
    // says "1,000 or more" at once rather than nothing, and smaller results are exact at once.
    // The worker counts anyway (it also replaces an older count still running).
    auto quick = CaseListQuery(m_db).countUpTo(m_filter, kQuickCount);
    m_atLeast = quick ? quick.value() : 0;
    m_total = quick && quick.value() < kQuickCount ? quick.value() : -1;
    emit totalCountChanged(m_total);
    m_countWatcher.setFuture(QtConcurrent::run(countOnWorker, m_databasePath, m_filter));
}

qint64 CaseTableModel::caseIdAt(int row) const
{
    const CaseListRow *found = rowAt(row);
    return found ? found->id : 0;
}

} // namespace casedesk
