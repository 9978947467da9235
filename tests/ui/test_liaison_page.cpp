// The dashboard's liaison-point page: its charts by type and by street.

#include "catch_qt.h"
#include "test_support.h"

#include "dashboard/dashboard_window.h"
#include "dashboard/liaison_charts.h"
#include "dashboard/liaison_page.h"
#include "liaison/liaison_ledger_service.h"
#include "liaison/liaison_point_service.h"
#include "storage/complaint_repository.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QMenu>
#include <QTimeZone>
#include <QToolButton>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kBoss = QStringLiteral("王主任");

qint64 addPoint(const QSqlDatabase &db, const QString &name, LiaisonPointType type, const QString &street)
{
    LiaisonPoint p;
    p.name = name;
    p.type = type;
    p.street = street;
    auto added = LiaisonPointService(db).add(p, kBoss, fixedNow());
    REQUIRE(added.ok());
    return added->id;
}

void addLedger(const QSqlDatabase &db, qint64 point, int month, qint64 consultations, qint64 settled)
{
    LedgerMonth l;
    l.pointId = point;
    l.month = QDate(2026, month, 1);
    l.figures.consultations = consultations;
    l.figures.trainees = 5;
    l.figures.settled = settled;
    REQUIRE(LiaisonLedgerService(db).saveMonth(l, kBoss, fixedNow()).ok());
}

QHorizontalBarSeries *barsOf(QChartView *view)
{
    REQUIRE(view->chart()->series().size() == 1);
    auto *bars = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().first());
    REQUIRE(bars);
    return bars;
}

QStringList categoriesOf(QChartView *view)
{
    for (QAbstractAxis *axis : view->chart()->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

} // namespace

TEST_CASE("the dashboard's liaison page charts the quarter's ledgers and transfers by type and by street",
          "[ui][dashboard][liaison]")
{
    TestDatabase db;
    addTestUser(db.connection(), kBoss, Role::Supervisor);
    const qint64 mall = addPoint(db.connection(), QStringLiteral("西郊商场联络点"), LiaisonPointType::Mall,
                                 QStringLiteral("程家桥街道"));
    const qint64 market = addPoint(db.connection(), QStringLiteral("天山菜场联络点"), LiaisonPointType::Market,
                                   QStringLiteral("程家桥街道"));
    const qint64 school = addPoint(db.connection(), QStringLiteral("虹桥中学联络点"), LiaisonPointType::School,
                                   QStringLiteral("虹桥街道"));
    addLedger(db.connection(), mall, 1, 30, 2);
    addLedger(db.connection(), mall, 2, 20, 1);
    addLedger(db.connection(), market, 3, 12, 0);
    addLedger(db.connection(), school, 2, 7, 0);
    Complaint transfer = sampleComplaint(db.connection());
    transfer.channel = Channel::LiaisonPoint;
    transfer.liaisonPointId = mall;
    REQUIRE(ComplaintRepository(db.connection()).add(transfer, kBoss, fixedNow()).ok());

    DashboardWindow dashboard(db.connection(), kBoss);
    dashboard.setPeriod(StatsPeriod::month(2026, 2)); // a month: the page shows its quarter
    auto *button = dashboard.findChild<QToolButton *>(QStringLiteral("liaisonToolButton"));
    REQUIRE(button);
    REQUIRE(button->menu());
    QAction *charts = button->menu()->actions().value(0);
    REQUIRE(charts);
    charts->trigger();
    auto *page = dashboard.findChild<LiaisonPointsPage *>();
    REQUIRE(page);
    CHECK(page->period() == StatsPeriod::quarter(2026, 1));
    CHECK(page->errorText().isEmpty());
    CHECK(page->totalsText().contains(QStringLiteral("69")));

    // By type: market, mall, school in the types' order, top to bottom (the axis lists them from
    // the bottom); four figures each.
    QHorizontalBarSeries *byType = barsOf(page->chartViews().at(0));
    REQUIRE(byType->barSets().size() == kLiaisonChartSets);
    CHECK(categoriesOf(page->chartViews().at(0)).size() == 3);
    QBarSet *consultations = byType->barSets().at(0);
    REQUIRE(consultations->count() == 3);
    CHECK(consultations->at(0) == 7);  // school
    CHECK(consultations->at(1) == 50); // mall
    CHECK(consultations->at(2) == 12); // market
    CHECK(byType->barSets().at(3)->at(1) == 1); // the mall's transfer

    QHorizontalBarSeries *byStreet = barsOf(page->chartViews().at(1));
    REQUIRE(byStreet->barSets().size() == kLiaisonChartSets);
    CHECK(categoriesOf(page->chartViews().at(1)) == QStringList{QStringLiteral("虹桥街道"), QStringLiteral("程家桥街道")});
    CHECK(byStreet->barSets().at(0)->at(1) == 62);
    CHECK(byStreet->barSets().at(2)->at(1) == 3); // settled on site

    // The year: the same figures (nothing outside the quarter); a year to come says why it is empty.
    page->setPeriod(StatsPeriod::year(2026));
    CHECK(page->errorText().isEmpty());
    CHECK(barsOf(page->chartViews().at(0))->barSets().at(0)->sum() == 69);
    page->setPeriod(StatsPeriod::year(2099));
    CHECK_FALSE(page->errorText().isEmpty());
    CHECK(page->chartViews().at(0)->chart()->series().isEmpty());
}
