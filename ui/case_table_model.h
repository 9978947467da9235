#pragma once

#include "query/case_list_query.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

namespace casedesk {

// The case list over SQL: loads pages of rows on demand as the view scrolls (keyset
// paging in core), sorts and filters in SQL, and counts the matching cases on a worker
// thread so a large file never holds up the first page.
class CaseTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Phone is always masked in the list (privacy/masking.h); the full value is revealed,
    // and logged, one case at a time in the case's details.
    enum Column { CaseNumber, ReceivedAt, Status, Category, Channel, Consumer, Phone, Business, Amount, Assignee, ColumnCount };
    static constexpr int kPageSize = 200;

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

signals:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    void startCount();

    QSqlDatabase m_db;
    QString m_databasePath;
    CaseFilter m_filter;
    CaseSort m_sort;
    QList<CaseListRow> m_rows;
    bool m_atEnd = false;
    qint64 m_total = -1;
    QFutureWatcher<qint64> m_countWatcher;
};

} // namespace casedesk
