#include "alert_badge.h"

#include "storage/database.h"
#include "warning/warning_service.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace casedesk {

AlertBadge::AlertBadge(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("alertBadge"));
    setAutoRaise(true);
    setToolTip(tr("Early warnings not yet acknowledged: click to see them"));
    setStyleSheet(QStringLiteral("QToolButton { color: white; background: #b3261e; border-radius: 4px; "
                                 "padding: 1px 8px; font-weight: bold; }"));
    hide();
}

void AlertBadge::refresh(const QString &path)
{
    m_path = path;
    if (path.isEmpty()) {
        showCount(0);
        return;
    }
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher, path] {
        const int count = watcher->result();
        watcher->deleteLater();
        if (path == m_path) // not a file opened since
            showCount(count);
    });
    watcher->setFuture(QtConcurrent::run([path] {
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        if (!db)
            return 0;
        auto count = WarningService(db.value()->connection()).unacknowledgedCount();
        return count ? count.value() : 0;
    }));
}

void AlertBadge::showCount(int count)
{
    m_count = count;
    setText(tr("Warnings %1").arg(count));
    setVisible(count > 0);
    emit counted(count);
}

} // namespace casedesk
