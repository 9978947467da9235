#include "liaison/liaison_window.h"

#include "liaison/assessment_page.h"
#include "liaison/ledger_page.h"
#include "liaison/leads_page.h"
#include "liaison/liaison_point_service.h"
#include "liaison/point_directory_page.h"
#include "notice_bar.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace casedesk {

LiaisonWindow::LiaisonWindow(const QSqlDatabase &db, const QString &actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_tabs(new QTabWidget(this)), m_directory(new PointDirectoryPage(db, actor, this)),
      m_ledger(new LedgerPage(db, actor, this)), m_leads(new LeadsPage(db, actor, this))
{
    setObjectName(QStringLiteral("liaisonWindow"));
    setWindowTitle(tr("Liaison Points"));
    m_tabs->addTab(m_directory, tr("Directory"));
    m_tabs->addTab(m_ledger, tr("Ledgers and Visits"));
    m_tabs->addTab(m_leads, tr("Leads"));
    auto *assessment = new AssessmentPage(db, actor, this);
    m_tabs->addTab(assessment, tr("Model-Point Assessment"));
    // A point marked as model point shows so in the directory.
    connect(assessment, &AssessmentPage::changed, m_directory, &PointDirectoryPage::reload);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(m_directory, &PointDirectoryPage::pointsChanged, this, &LiaisonWindow::sharePoints);
    sharePoints();
    resize(1150, 680);
}

void LiaisonWindow::sharePoints()
{
    // Every point, whatever the directory's filter shows: a ledger or a lead may be of any.
    auto points = LiaisonPointService(m_db).list({}, m_actor);
    const QList<LiaisonPoint> all = points ? points.value() : QList<LiaisonPoint>{};
    m_ledger->setPoints(all);
    m_leads->setPoints(all);
    if (!points) {
        const QString failed = tr("The liaison points could not be loaded: %1").arg(points.error().message);
        m_ledger->notice()->showError(failed);
        m_leads->notice()->showError(failed);
    }
}

} // namespace casedesk
