#include "dispute_views.h"

#include "businesses/businesses_dialog.h"
#include "funds/funds_dialog.h"
#include "groups_dialog.h"
#include "storage/settings_repository.h"
#include "warning/alert_badge.h"
#include "warning/alert_list_dialog.h"

#include <QMenu>
#include <QStatusBar>

namespace casedesk {

DisputeViews::DisputeViews(QWidget *window) : QObject(window), m_window(window) {}

void DisputeViews::addTo(QMenu *viewMenu, QStatusBar *statusBar)
{
    viewMenu->addSeparator();
    viewMenu->addAction(tr("&Businesses..."), this, &DisputeViews::showBusinesses)
        ->setObjectName(QStringLiteral("businessesAction"));
    viewMenu->addAction(tr("&Group Cases..."), this, [this] { showGroups(); })
        ->setObjectName(QStringLiteral("groupsAction"));
    viewMenu->addAction(tr("Early &Warnings..."), this, &DisputeViews::showAlerts)
        ->setObjectName(QStringLiteral("alertsAction"));
    viewMenu->addAction(tr("First-Compensation F&unds..."), this, &DisputeViews::showFunds)
        ->setObjectName(QStringLiteral("fundsAction"));
    m_badge = new AlertBadge(statusBar);
    statusBar->addPermanentWidget(m_badge);
    connect(m_badge, &AlertBadge::clicked, this, &DisputeViews::showAlerts);
}

void DisputeViews::setDatabase(const QSqlDatabase &db, const QString &path)
{
    m_db = db;
    m_path = path;
    for (const QPointer<QDialog> &dialog : std::as_const(m_open)) {
        if (dialog)
            dialog->close(); // each deletes itself on close
    }
    m_open.clear();
    if (m_badge)
        m_badge->refresh(path);
}

void DisputeViews::track(QDialog *dialog) { m_open.append(dialog); }

void DisputeViews::showChangesFromElsewhere()
{
    if (m_badge)
        m_badge->refresh(m_path);
    for (const QPointer<QDialog> &dialog : std::as_const(m_open)) {
        if (auto *alerts = qobject_cast<AlertListDialog *>(dialog.data()))
            alerts->reload();
    }
}

void DisputeViews::showBusinesses()
{
    auto *dialog = new BusinessesDialog(m_db, m_actor, m_window);
    track(dialog);
    connect(dialog, &BusinessesDialog::caseActivated, this, &DisputeViews::caseActivated);
    connect(dialog, &BusinessesDialog::groupCreated, this, [this](qint64 id) { showGroups(id); });
    connect(dialog, &BusinessesDialog::message, this, &DisputeViews::casesChanged);
    dialog->show();
}

void DisputeViews::showGroups(qint64 groupId)
{
    if (!m_groups) {
        auto council = SettingsRepository(m_db).value(QStringLiteral("council_name"));
        m_groups = new GroupsDialog(m_db, m_actor, council ? council.value() : QString(), m_window);
        track(m_groups);
        connect(m_groups, &GroupsDialog::caseActivated, this, &DisputeViews::caseActivated);
        connect(m_groups, &GroupsDialog::message, this, &DisputeViews::casesChanged);
    } else {
        m_groups->reload();
    }
    m_groups->showGroup(groupId);
    m_groups->show();
    m_groups->raise();
}

void DisputeViews::showAlerts()
{
    auto *dialog = new AlertListDialog(m_db, m_actor, m_window);
    track(dialog);
    connect(dialog, &AlertListDialog::caseActivated, this, &DisputeViews::caseActivated);
    connect(dialog, &AlertListDialog::groupCreated, this, [this](qint64 id) {
        showGroups(id);
        emit casesChanged(tr("Made a group case."));
    });
    connect(dialog, &AlertListDialog::alertsChanged, this, [this] { m_badge->refresh(m_path); });
    dialog->show();
}

void DisputeViews::showFunds()
{
    auto *dialog = new FundsDialog(m_db, m_actor, m_window);
    track(dialog);
    connect(dialog, &FundsDialog::caseChanged, this, [this](qint64, const QString &message) { emit casesChanged(message); });
    dialog->show();
}

} // namespace casedesk
