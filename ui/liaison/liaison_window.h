#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QTabWidget;

namespace casedesk {

class LedgerPage;
class LeadsPage;
class PointDirectoryPage;

// The liaison-point network (消费维权联络点) in one window: the directory, each point's monthly
// ledger and visits, the leads the points passed on, and the yearly model-point assessment.
class LiaisonWindow : public QDialog {
    Q_OBJECT
public:
    LiaisonWindow(const QSqlDatabase &db, const QString &actor, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    PointDirectoryPage *directory() const { return m_directory; }
    LedgerPage *ledger() const { return m_ledger; }
    LeadsPage *leads() const { return m_leads; }

private:
    void sharePoints();

    QSqlDatabase m_db;
    QString m_actor;
    QTabWidget *m_tabs;
    PointDirectoryPage *m_directory;
    LedgerPage *m_ledger;
    LeadsPage *m_leads;
};

} // namespace casedesk
