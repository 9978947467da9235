#pragma once

#include <QToolButton>

namespace casedesk {

// The status-bar button "预警 3": unacknowledged early warnings, counted on a worker thread
// with its own connection (the count reads every complaint). Hidden while there are none.
class AlertBadge : public QToolButton {
    Q_OBJECT
public:
    explicit AlertBadge(QWidget *parent = nullptr);

    // Counts again for the database file at `path` (empty: hide).
    void refresh(const QString &path);
    int count() const { return m_count; }

signals:
    void counted(int count);

private:
    void showCount(int count);

    int m_count = 0;
    QString m_path;
};

} // namespace casedesk
