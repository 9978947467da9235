#pragma once

#include "query/case_list_query.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

namespace casedesk {

// The case list over SQL: loads pages of rows on demand as the view scrolls (keyset
// paging in core), sorts and filters in SQL, and counts the matching cases on a worker
// thread so a large file never holds up the first page.
//
// The row count grows page by page through fetchMore(), as the view scrolls, but only the
// rows of the last kMaxLoadedPages pages used are held: every other page keeps only where
// it starts (the sort value and id of the row before it), and is loaded again, one indexed
// query, when the view shows it again. So memory stays bounded however far one scrolls
// (a million rows would otherwise take some 700 MB).
class CaseTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Phone is always masked in the list (privacy/masking.h); the full value is revealed,
    // and logged, one case at a time in the case's details.
    enum Column { CaseNumber, ReceivedAt, Status, Category, Channel, Consumer, Phone, Business, Amount, Assignee, ColumnCount };
    static constexpr int kPageSize = 200;
    // Enough for any screen plus what QTableView samples when it sizes columns (1,000 rows).
    static constexpr int kMaxLoadedPages = 12;

    // `databasePath` is opened again by the counting thread (a connection per thread).
    CaseTableModel(QSqlDatabase db, QString databasePath, QObject *parent = nullptr);
    ~CaseTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const CaseFilter &filter);
    const CaseFilter &filter() const { return m_filter; }
    // Reloads from the database, e.g. after another window changed a case.
    void reload();

    qint64 caseIdAt(int row) const;
    // Matching cases in the database (not only the rows loaded); -1 while counting.
    qint64 totalCount() const { return m_total; }
    // While counting: how many cases match at least, known at once (kQuickCount when a term
    // matches a great many cases; 0 if not even that could be had).
    qint64 countAtLeast() const { return m_atLeast; }
    // Counted at once, on this thread, before the exact count on the worker: cheap (a very
    // common term meets it within a few thousand cases), and exact for smaller results.
    static constexpr qint64 kQuickCount = 1000;
    // Pages whose rows are held now (never more than kMaxLoadedPages).
    int loadedPageCount() const { return int(m_recentPages.size()); }

signals:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    struct Page {
        std::optional<PageCursor> after; // the row before the page; none for the first page
        QList<CaseListRow> rows;         // empty while the page is dropped
        bool loaded = false;
    };

    void startCount();
    void clearRows();
    // The row, loading its page again if it was dropped; null if it cannot be had.
    const CaseListRow *rowAt(int row) const;
    // Marks the page as just used and drops the least recently used pages beyond the bound.
    void touch(int page) const;
    void reportFailure(const QString &message) const;

    QSqlDatabase m_db;
    QString m_databasePath;
    CaseFilter m_filter;
    CaseSort m_sort;
    // Loaded lazily from const data(): the cache is not part of the model's observable state.
    mutable QList<Page> m_pages;
    mutable QList<int> m_recentPages; // pages holding rows, the most recently used last
    mutable bool m_failureReported = false;
    std::optional<PageCursor> m_nextPage; // where fetchMore() continues
    int m_rowCount = 0;
    bool m_atEnd = false;
    qint64 m_total = -1;
    qint64 m_atLeast = 0;
    QFutureWatcher<qint64> m_countWatcher;
};

} // namespace casedesk
