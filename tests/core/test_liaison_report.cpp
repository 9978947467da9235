#include "catch_qt.h"

#include <QMap>
#include "test_support.h"
#include "xlsx_reading.h"

#include "liaison/liaison_lead_service.h"
#include "liaison/liaison_ledger_service.h"
#include "liaison/liaison_point_service.h"
#include "liaison/liaison_report.h"
#include "liaison/liaison_report_tables.h"
#include "storage/calendar_repository.h"
#include "storage/complaint_repository.h"
#include "workflow/case_transition_service.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kBoss = QStringLiteral("王主任");
const QString kLi = QStringLiteral("李敏");
const QString kZhang = QStringLiteral("张强");
const QString kAuditor = QStringLiteral("审计员甲");
const QString kChengjiaqiao = QStringLiteral("程家桥街道");
const QString kHongqiao = QStringLiteral("虹桥街道");

QDateTime at(int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

// Five points of two types on two streets, counted by hand for 2026 Q2; "now" is 2 July 2026.
//   P1 西郊商场 (mall, 程家桥, 李敏)   P2 天山菜场 (market, 程家桥, 张强)   P3 虹桥商场 (mall, 虹桥, 李敏)
//   P4 古北菜场 (market, 虹桥, no official)   P5 仙霞菜场 (market, 虹桥, suspended)
struct Network {
    Network()
    {
        addTestUser(db.connection(), kBoss, Role::Supervisor);
        addTestUser(db.connection(), kLi, Role::Caseworker);
        addTestUser(db.connection(), kZhang, Role::Caseworker);
        addTestUser(db.connection(), kAuditor, Role::Auditor);
        p1 = point(QStringLiteral("西郊商场联络点"), LiaisonPointType::Mall, kChengjiaqiao, kLi);
        p2 = point(QStringLiteral("天山菜场联络点"), LiaisonPointType::Market, kChengjiaqiao, kZhang);
        p3 = point(QStringLiteral("虹桥商场联络点"), LiaisonPointType::Mall, kHongqiao, kLi);
        p4 = point(QStringLiteral("古北菜场联络点"), LiaisonPointType::Market, kHongqiao, {});
        p5 = point(QStringLiteral("仙霞菜场联络点"), LiaisonPointType::Market, kHongqiao, {}, LiaisonPointStatus::Suspended);
    }

    qint64 point(const QString &name, LiaisonPointType type, const QString &street, const QString &official,
                 LiaisonPointStatus status = LiaisonPointStatus::Active)
    {
        LiaisonPoint p;
        p.name = name;
        p.type = type;
        p.street = street;
        p.official = official;
        p.status = status;
        auto added = LiaisonPointService(db.connection()).add(p, kBoss, now);
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        return added->id;
    }
    void ledger(qint64 pointId, int month, LedgerFigures figures)
    {
        LedgerMonth l;
        l.pointId = pointId;
        l.month = QDate(2026, month, 1);
        l.figures = figures;
        auto saved = LiaisonLedgerService(db.connection()).saveMonth(l, kLi, now);
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
    }
    void visit(qint64 pointId, const QDate &on)
    {
        REQUIRE(LiaisonLedgerService(db.connection()).addVisit({0, pointId, on, kLi, QStringLiteral("台账齐全"), {}, {}}, kLi, now).ok());
    }
    qint64 transfer(qint64 pointId, const QDateTime &received)
    {
        Complaint c = sampleComplaint(db.connection());
        c.channel = Channel::LiaisonPoint;
        c.liaisonPointId = pointId;
        c.receivedAt = received;
        auto added = ComplaintRepository(db.connection()).add(c, kLi, received);
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        return added->id;
    }
    void move(qint64 caseId, CaseStatus to, const QDateTime &when, const QString &ground = {})
    {
        TransitionRequest request{caseId, to, ground, {}, when, std::nullopt};
        auto moved = CaseTransitionService(db.connection()).transition(request, kLi, now);
        INFO((moved.ok() ? QString() : moved.error().message).toStdString());
        REQUIRE(moved.ok());
    }
    void lead(qint64 pointId, const QDate &received, LeadOutcome outcome)
    {
        LiaisonLeadService leads(db.connection());
        LiaisonLead l;
        l.pointId = pointId;
        l.receivedOn = received;
        l.suspicion = QStringLiteral("无证经营");
        auto added = leads.add(l, kLi, now);
        INFO((added ? QString() : added.error().message).toStdString());
        REQUIRE(added.ok());
        if (outcome == LeadOutcome::Pending)
            return;
        LiaisonLead moved = added.value();
        moved.regulator = QStringLiteral("长宁区市场监管局");
        moved.forwardedOn = received.addDays(1);
        moved.outcome = outcome;
        if (outcome != LeadOutcome::Forwarded)
            moved.outcomeOn = received.addDays(20);
        auto updated = leads.update(moved, kLi, now);
        INFO((updated ? QString() : updated.error().message).toStdString());
        REQUIRE(updated.ok());
    }

    static LedgerFigures figures(qint64 consultations, qint64 trainees, qint64 trainings, qint64 leaflets, qint64 settled,
                                 qint64 fen)
    {
        LedgerFigures f;
        f.consultations = consultations;
        f.trainees = trainees;
        f.trainings = trainings;
        f.leaflets = leaflets;
        f.settled = settled;
        f.settledFen = fen;
        return f;
    }

    // Everything of the fixture: ledgers, transfers, leads and visits in and around Q2.
    void fill()
    {
        ledger(p1, 3, figures(100, 10, 1, 100, 5, 50000)); // Q1: not in Q2
        ledger(p1, 4, figures(30, 20, 1, 200, 3, 150000));
        ledger(p1, 6, figures(25, 0, 0, 80, 2, 20000));
        ledger(p2, 5, figures(12, 15, 1, 60, 1, 5000));
        ledger(p2, 7, figures(7, 0, 0, 0, 0, 0)); // Q3
        ledger(p3, 4, figures(8, 0, 0, 30, 0, 0));
        ledger(p5, 5, figures(4, 6, 1, 10, 1, 3000)); // a suspended point's work still counts

        // Thursday 30 April, before the Labour Day holiday (1–5 May) and the make-up Saturday
        // 9 May: the fifth working day is Monday 11 May (6, 7, 8, 9, 11).
        const qint64 t1 = transfer(p1, at(4, 30));
        move(t1, CaseStatus::Accepted, at(4, 30, 10));
        move(t1, CaseStatus::ForwardedToEnterprise, at(5, 6));
        move(t1, CaseStatus::Closed, at(5, 11, 17, 30)); // accepted the day it came: answered on time
        const qint64 t2 = transfer(p1, at(4, 30, 9, 30));
        move(t2, CaseStatus::Refused, at(5, 12), QStringLiteral("outside_duties")); // a day late
        transfer(p1, at(6, 29));                  // due 6 July: still in time on 2 July
        transfer(p2, at(6, 22));                  // due 29 June: overdue
        const qint64 t5 = transfer(p3, at(5, 20));
        move(t5, CaseStatus::Returned, at(5, 21), QStringLiteral("duplicate"));
        transfer(p1, at(3, 25)); // Q1
        REQUIRE(ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), kLi, now).ok()); // no point

        lead(p1, QDate(2026, 4, 10), LeadOutcome::Penalised);
        lead(p2, QDate(2026, 5, 15), LeadOutcome::Forwarded);
        lead(p3, QDate(2026, 6, 1), LeadOutcome::Pending);
        lead(p1, QDate(2026, 3, 15), LeadOutcome::NotConfirmed); // Q1

        visit(p1, QDate(2026, 5, 6));
        visit(p2, QDate(2026, 3, 30)); // Q1 only: P2 is not visited in Q2
        visit(p3, QDate(2026, 6, 30));
    }

    TestDatabase db;
    QDateTime now = at(7, 2, 10);
    qint64 p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0;
};

bool sameFigures(const LedgerFigures &f, qint64 consultations, qint64 trainees, qint64 trainings, qint64 leaflets,
                 qint64 settled, qint64 fen)
{
    return f == Network::figures(consultations, trainees, trainings, leaflets, settled, fen);
}

QStringList names(const QList<LiaisonPointFigures> &points)
{
    QStringList list;
    for (const LiaisonPointFigures &p : points)
        list << p.name;
    return list;
}

} // namespace

TEST_CASE("the liaison-point report counts a quarter as counted by hand", "[liaison][report]")
{
    Network n;
    n.fill();
    auto calendar = CalendarRepository(n.db.connection()).load();
    REQUIRE(calendar.ok());
    REQUIRE(calendar->addWorkingDays(QDate(2026, 4, 30), 5) == QDate(2026, 5, 11));

    LiaisonPoint later;
    later.name = QStringLiteral("新泾超市联络点");
    later.type = LiaisonPointType::Supermarket;
    later.street = kHongqiao;
    later.setUpOn = QDate(2026, 7, 1);
    REQUIRE(LiaisonPointService(n.db.connection()).add(later, kBoss, n.now).ok());
    auto report = buildLiaisonReport(n.db.connection(), StatsPeriod::quarter(2026, 2), kBoss, n.now);
    INFO((report.ok() ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());

    // Totals: the Q2 ledgers of P1 (April, June), P2 (May), P3 (April) and P5 (May).
    CHECK(report->activePoints == 4);
    CHECK(report->total.activePoints == 4);
    CHECK(report->total.reporting == 4);
    CHECK(sameFigures(report->total.figures, 79, 41, 3, 380, 7, 178000));
    CHECK(report->total.transfers == 5);

    REQUIRE(report->byType.size() == 2);
    const LiaisonGroupTotals &market = report->byType.at(0); // market comes before mall in the types' order
    const LiaisonGroupTotals &mall = report->byType.at(1);
    CHECK(market.key == QStringLiteral("market"));
    CHECK((market.activePoints == 2 && market.reporting == 2 && market.transfers == 1));
    CHECK(sameFigures(market.figures, 16, 21, 2, 70, 2, 8000));
    CHECK(mall.key == QStringLiteral("mall"));
    CHECK((mall.activePoints == 2 && mall.reporting == 2 && mall.transfers == 4));
    CHECK(sameFigures(mall.figures, 63, 20, 1, 310, 5, 170000));

    REQUIRE(report->byStreet.size() == 2);
    CHECK(report->byStreet.at(0).key == kChengjiaqiao);
    CHECK((report->byStreet.at(0).activePoints == 2 && report->byStreet.at(0).transfers == 4));
    CHECK(sameFigures(report->byStreet.at(0).figures, 67, 35, 2, 340, 6, 175000));
    CHECK(report->byStreet.at(1).key == kHongqiao);
    CHECK((report->byStreet.at(1).activePoints == 2 && report->byStreet.at(1).reporting == 2));
    CHECK(report->byStreet.at(1).transfers == 1);
    CHECK(sameFigures(report->byStreet.at(1).figures, 12, 6, 1, 40, 1, 3000));

    // P2 and P3 transferred one each; P2 settled one on site, P3 none. P2 and P5 settled one each,
    // P2 for more money.
    CHECK(names(report->mostTransfers) ==
          QStringList{QStringLiteral("西郊商场联络点"), QStringLiteral("天山菜场联络点"), QStringLiteral("虹桥商场联络点")});
    CHECK(report->mostTransfers.first().transfers == 3);
    CHECK(names(report->mostSettlements) ==
          QStringList{QStringLiteral("西郊商场联络点"), QStringLiteral("天山菜场联络点"), QStringLiteral("仙霞菜场联络点")});
    CHECK(report->mostSettlements.first().figures.settledFen == 170000);

    const LiaisonReplyTimeliness &r = report->replies;
    CHECK(r.received == 5);
    CHECK(r.answeredOnTime == 2); // accepted the day it came; returned the next day
    CHECK(r.answeredLate == 1);   // refused on 12 May
    CHECK(r.awaitingInTime == 1);
    CHECK(r.awaitingOverdue == 1);
    CHECK(r.withoutDeadline == 0);
    CHECK(r.onTimeRate().value() == 0.5);
    // Each transfer's result, by point: the mall's three, then the market's and the other mall's.
    REQUIRE(report->transferResults.size() == 5);
    QMap<ReplyState, int> states;
    for (const LiaisonTransferResult &x : report->transferResults) {
        ++states[x.state];
        CHECK_FALSE(x.caseNumber.isEmpty());
        CHECK(x.dueOn.isValid());
        CHECK(x.answeredOn.isValid() == (x.state == ReplyState::OnTime || x.state == ReplyState::Late));
    }
    CHECK(states.value(ReplyState::OnTime) == 2);
    CHECK(states.value(ReplyState::Late) == 1);
    CHECK(states.value(ReplyState::AwaitingInTime) == 1);
    CHECK(states.value(ReplyState::Overdue) == 1);
    CHECK(std::is_sorted(report->transferResults.cbegin(), report->transferResults.cend(),
                         [](const LiaisonTransferResult &a, const LiaisonTransferResult &b) {
                             return a.pointName.localeAwareCompare(b.pointName) < 0;
                         }));

    CHECK(report->leadsReceived == 3);
    REQUIRE(report->leads.size() == 5);
    CHECK(report->leads.at(int(LeadOutcome::Pending)).leads == 1);
    CHECK(report->leads.at(int(LeadOutcome::Forwarded)).leads == 1);
    CHECK(report->leads.at(int(LeadOutcome::Penalised)).leads == 1);
    CHECK(report->leads.at(int(LeadOutcome::NotConfirmed)).leads == 0);

    REQUIRE(report->unvisited.size() == 2); // not P6, set up on 1 July, after the quarter
    CHECK(report->activePoints == 4);
    CHECK(report->unvisited.at(0).name == QStringLiteral("天山菜场联络点"));
    CHECK(report->unvisited.at(0).official == kZhang);
    CHECK(report->unvisited.at(1).name == QStringLiteral("古北菜场联络点"));
    CHECK(report->unvisited.at(1).official.isEmpty());

    REQUIRE(report->analysis.size() == 4);
    CHECK(report->analysis.at(0).contains(QStringLiteral(" 79 ")));
    CHECK(report->analysis.at(1).contains(QStringLiteral("50.0%")));

    // The tables and the workbook carry the same figures.
    const QList<ReportTable> tables = liaisonReportTables(report.value());
    REQUIRE(tables.size() == 8);
    CHECK(tables.last().rows.size() == 5); // a line per transfer
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("points.xlsx"));
    REQUIRE(writeLiaisonReportXlsx(report.value(), xlsx).ok());
    const QStringList byType = xlsxRows(xlsx, 1);
    REQUIRE(byType.size() == 2 + 3); // title, header, market, mall, total
    CHECK(byType.at(2) == QStringLiteral("Market|2|2|16|21|2|70|2|80|1"));
    CHECK(byType.last() == QStringLiteral("Total|4|4|79|41|3|380|7|1780|5"));
    const QStringList replies = xlsxRows(xlsx, 5);
    REQUIRE(replies.size() == 3);
    CHECK(replies.at(2) == QStringLiteral("5|2|1|1|1|0|0.5"));
    CHECK(xlsxRows(xlsx, 8).size() == 2 + 5); // title, header and a line per transfer
    CHECK(xlsxRows(xlsx, 9).size() == 1 + 4); // the analysis: header and four paragraphs

    const QByteArray csv = reportTableCsv(tables.at(1));
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(csv).contains(QStringLiteral("\r\n%1,2,2,67,35,2,340,6,1750.00,4\r\n").arg(kChengjiaqiao)));
}

TEST_CASE("the liaison-point report for a year; the period and the permission checked", "[liaison][report]")
{
    Network n;
    n.fill();
    auto year = buildLiaisonReport(n.db.connection(), StatsPeriod::year(2026), kBoss, n.now);
    REQUIRE(year.ok());
    // March's and July's ledgers join the quarter's; the March transfer and lead too.
    CHECK(sameFigures(year->total.figures, 79 + 100 + 7, 41 + 10, 3 + 1, 380 + 100, 7 + 5, 178000 + 50000));
    CHECK(year->total.transfers == 6);
    CHECK(year->replies.received == 6);
    CHECK(year->leadsReceived == 4);
    CHECK(year->unvisited.size() == 1); // P2's March visit counts in the year; P4 was never visited
    CHECK(liaisonReportTitle(year.value()).contains(QStringLiteral("annual")));

    CHECK(buildLiaisonReport(n.db.connection(), StatsPeriod::month(2026, 5), kBoss, n.now).error().code ==
          ErrorCode::InvalidInput);
    CHECK(buildLiaisonReport(n.db.connection(), StatsPeriod::quarter(2026, 4), kBoss, n.now).error().code ==
          ErrorCode::InvalidInput);
    // Every role reads statistics (an auditor too); someone not a user of the desk does not.
    CHECK(buildLiaisonReport(n.db.connection(), StatsPeriod::quarter(2026, 2), kAuditor, n.now).ok());
    CHECK_FALSE(buildLiaisonReport(n.db.connection(), StatsPeriod::quarter(2026, 2), QStringLiteral("无名氏"), n.now).ok());
    // Nothing at all: empty tables say so.
    Network empty;
    auto none = buildLiaisonReport(empty.db.connection(), StatsPeriod::quarter(2026, 1), kBoss, empty.now);
    REQUIRE(none.ok());
    CHECK(none->replies.received == 0);
    CHECK(none->mostTransfers.isEmpty());
    CHECK(none->unvisited.size() == 4);
}
