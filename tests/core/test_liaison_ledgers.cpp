#include "catch_qt.h"
#include "test_support.h"

#include "liaison/liaison_lead_service.h"
#include "liaison/liaison_ledger_import.h"
#include "liaison/liaison_ledger_service.h"
#include "liaison/liaison_point_service.h"

#include <QFile>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kSupervisor = QStringLiteral("王主任");
const QString kCaseworker = QStringLiteral("李敏");
const QString kAuditor = QStringLiteral("审计员甲");

// Three points: a mall and a market in 程家桥街道, a school in 虹桥街道; "now" is fixedNow() (2026-03-20).
struct LedgerDesk {
    LedgerDesk()
    {
        addTestUser(db.connection(), kSupervisor, Role::Supervisor);
        addTestUser(db.connection(), kCaseworker, Role::Caseworker);
        addTestUser(db.connection(), kAuditor, Role::Auditor);
        mall = add(QStringLiteral("西郊商场联络点"), LiaisonPointType::Mall, QStringLiteral("程家桥街道"));
        market = add(QStringLiteral("天山菜场联络点"), LiaisonPointType::Market, QStringLiteral("程家桥街道"));
        school = add(QStringLiteral("虹桥中学联络点"), LiaisonPointType::School, QStringLiteral("虹桥街道"));
    }

    qint64 add(const QString &name, LiaisonPointType type, const QString &street)
    {
        LiaisonPoint p;
        p.name = name;
        p.type = type;
        p.street = street;
        auto added = LiaisonPointService(db.connection()).add(p, kSupervisor, fixedNow());
        REQUIRE(added.ok());
        return added->id;
    }

    LedgerMonth month(qint64 point, int m, qint64 consultations, qint64 settled = 0, qint64 fen = 0) const
    {
        LedgerMonth l;
        l.pointId = point;
        l.month = QDate(2026, m, 1);
        l.figures.consultations = consultations;
        l.figures.trainees = 10;
        l.figures.trainings = 1;
        l.figures.leaflets = 50;
        l.figures.settled = settled;
        l.figures.settledFen = fen;
        return l;
    }

    LiaisonLedgerService ledgers() const { return LiaisonLedgerService(db.connection()); }

    TestDatabase db;
    qint64 mall = 0, market = 0, school = 0;
};

} // namespace

TEST_CASE("liaison ledgers: a month saved, replaced with its version, refused when stale or wrong", "[liaison][ledger]")
{
    LedgerDesk desk;
    auto first = desk.ledgers().saveMonth(desk.month(desk.mall, 1, 30, 2, 150000), kCaseworker, fixedNow());
    REQUIRE(first.ok());
    CHECK(first->version == 1);
    // A second "new" save of the same month lost the race.
    CHECK(desk.ledgers().saveMonth(desk.month(desk.mall, 1, 31), kCaseworker, fixedNow()).error().code ==
          ErrorCode::Conflict);
    LedgerMonth again = first.value();
    again.figures.consultations = 35;
    auto replaced = desk.ledgers().saveMonth(again, kCaseworker, fixedNow());
    REQUIRE(replaced.ok());
    CHECK(replaced->version == 2);
    CHECK(desk.ledgers().saveMonth(again, kCaseworker, fixedNow()).error().code == ErrorCode::Conflict); // version 1 again

    auto year = desk.ledgers().year(desk.mall, 2026, kAuditor);
    REQUIRE(year.ok());
    REQUIRE(year->size() == 12);
    CHECK(year->at(0).figures.consultations == 35);
    CHECK(year->at(0).version == 2);
    CHECK(year->at(1).version == 0); // February not saved

    // Negative counts, a month to come, an unknown point, an amount without settlements, an auditor.
    LedgerMonth bad = desk.month(desk.mall, 2, -1);
    CHECK(desk.ledgers().saveMonth(bad, kCaseworker, fixedNow()).error().fieldErrors.value(0).field ==
          QStringLiteral("consultations"));
    bad = desk.month(desk.mall, 4, 1);
    CHECK(desk.ledgers().saveMonth(bad, kCaseworker, fixedNow()).error().message.contains(QStringLiteral("2026-04")));
    bad = desk.month(9999, 2, 1);
    CHECK(desk.ledgers().saveMonth(bad, kCaseworker, fixedNow()).error().code == ErrorCode::InvalidInput);
    bad = desk.month(desk.mall, 2, 1, 0, 500);
    CHECK(desk.ledgers().saveMonth(bad, kCaseworker, fixedNow()).error().code == ErrorCode::InvalidInput);
    CHECK(desk.ledgers().saveMonth(desk.month(desk.mall, 2, 1), kAuditor, fixedNow()).error().code == ErrorCode::Forbidden);
    CHECK(rowCount(desk.db.connection(), QStringLiteral("liaison_ledgers")) == 1);

    // Visits: several a month.
    REQUIRE(desk.ledgers().addVisit({0, desk.mall, QDate(2026, 3, 2), kCaseworker, QStringLiteral("台账齐全"), {}, {}},
                                    kCaseworker, fixedNow())
                .ok());
    REQUIRE(desk.ledgers().addVisit({0, desk.mall, QDate(2026, 3, 16), {}, QStringLiteral("投诉箱已更换"), {}, {}},
                                    kCaseworker, fixedNow())
                .ok());
    CHECK(desk.ledgers().addVisit({0, desk.mall, QDate(2026, 3, 30), {}, {}, {}, {}}, kCaseworker, fixedNow()).error().code ==
          ErrorCode::InvalidInput); // in the future
    auto visits = desk.ledgers().visits(desk.mall, 2026, kAuditor);
    REQUIRE(visits.ok());
    REQUIRE(visits->size() == 2);
    CHECK(visits->first().visitedOn == QDate(2026, 3, 16));
    CHECK(visits->first().official == kCaseworker);
}

TEST_CASE("liaison ledgers: a merge adds up a month both points kept", "[liaison][ledger]")
{
    LedgerDesk desk;
    for (const LedgerMonth &l : {desk.month(desk.mall, 1, 30, 2, 150000), desk.month(desk.mall, 2, 20, 1, 50000),
                                 desk.month(desk.market, 2, 12), desk.month(desk.school, 3, 5),
                                 desk.month(desk.school, 1, 7)})
        REQUIRE(desk.ledgers().saveMonth(l, kCaseworker, fixedNow()).ok());

    // A merge adds a month both points kept into the kept point's row.
    REQUIRE(LiaisonPointService(desk.db.connection()).merge(desk.mall, desk.market, kSupervisor, fixedNow()).ok());
    auto year = desk.ledgers().year(desk.mall, 2026, kSupervisor);
    REQUIRE(year.ok());
    CHECK(year->at(1).figures.consultations == 32);
    CHECK(year->at(1).figures.trainees == 20);
}

TEST_CASE("liaison ledgers: a CSV ledger imported in one transaction, a bad row refuses it all", "[liaison][ledger]")
{
    LedgerDesk desk;
    REQUIRE(desk.ledgers().saveMonth(desk.month(desk.mall, 1, 1), kCaseworker, fixedNow()).ok());
    const QString path = desk.db.folder() + QStringLiteral("/ledger.csv");
    const auto write = [&](const QString &text) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("\xEF\xBB\xBF" + text.toUtf8()); // with a BOM, as Excel saves
    };
    write(QStringLiteral("联络点,月份,咨询,培训人数,培训次数,宣传资料,现场调解件数,调解金额\n"
                         "西郊商场联络点,2026-01,40,25,2,300,3,\"1,250.50\"\n"
                         "天山菜场联络点,2026年2月,8,,,120,,\n"));
    auto imported = importLedgers(desk.db.connection(), path, kCaseworker, fixedNow());
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->saved == 2);
    CHECK(imported->replaced == 1);
    auto mall = desk.ledgers().year(desk.mall, 2026, kCaseworker);
    CHECK(mall->at(0).figures.consultations == 40);
    CHECK(mall->at(0).figures.settledFen == 125050);
    CHECK(mall->at(0).version == 2);
    CHECK(desk.ledgers().year(desk.market, 2026, kCaseworker)->at(1).figures.leaflets == 120);

    // A month Excel keeps as a day number (46082 = 2026-03-01), 202602, an amount with ¥ and 元.
    write(QStringLiteral("联络点,月份,咨询,现场调解件数,调解金额\n虹桥中学联络点,46082,9,1,¥300元\n"
                         "虹桥中学联络点,202602,3,,\n"));
    auto numbers = importLedgers(desk.db.connection(), path, kCaseworker, fixedNow());
    INFO((numbers ? QString() : numbers.error().message).toStdString());
    REQUIRE(numbers.ok());
    auto school = desk.ledgers().year(desk.school, 2026, kCaseworker);
    CHECK(school->at(2).figures.consultations == 9);
    CHECK(school->at(2).figures.settledFen == 30000);
    CHECK(school->at(1).figures.consultations == 3);
    write(QStringLiteral("联络点,月份,咨询\n虹桥中学联络点,2026-01,1e30\n"));
    CHECK_FALSE(importLedgers(desk.db.connection(), path, kCaseworker, fixedNow()).ok());

    // Unknown point, negative count, a month to come: the file is refused whole.
    write(QStringLiteral("联络点,月份,咨询\n虹桥中学联络点,2026-03,7\n不存在联络点,2026-03,1\n"
                         "西郊商场联络点,2026-03,-4\n西郊商场联络点,2026-05,1\n"));
    auto refused = importLedgers(desk.db.connection(), path, kCaseworker, fixedNow());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("line 3")));
    CHECK(refused.error().message.contains(QStringLiteral("不存在联络点")));
    CHECK(refused.error().message.contains(QStringLiteral("line 4")));
    CHECK(refused.error().message.contains(QStringLiteral("line 5")));
    CHECK(desk.ledgers().year(desk.school, 2026, kCaseworker)->at(2).figures.consultations == 9); // line 2 not written
}

TEST_CASE("liaison leads: received, forwarded, confirmed; bad steps refused", "[liaison][leads]")
{
    LedgerDesk desk;
    LiaisonLeadService leads(desk.db.connection());
    LiaisonLead lead;
    lead.pointId = desk.market;
    lead.receivedOn = QDate(2026, 3, 2);
    lead.suspicion = QStringLiteral("无证经营熟食摊");
    lead.place = QStringLiteral("天山路300号门口");
    lead.observedOn = QDate(2026, 3, 1);
    auto added = leads.add(lead, kCaseworker, fixedNow());
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    CHECK(added->outcome == LeadOutcome::Pending);
    CHECK(added->pointName == QStringLiteral("天山菜场联络点"));
    CHECK(added->version == 1);

    LiaisonLead forwarded = added.value();
    forwarded.outcome = LeadOutcome::Forwarded;
    CHECK(leads.update(forwarded, kCaseworker, fixedNow()).error().fieldErrors.value(0).field == QStringLiteral("regulator"));
    forwarded.regulator = QStringLiteral("长宁区市场监管局执法大队");
    forwarded.forwardedOn = QDate(2026, 3, 3);
    auto saved = leads.update(forwarded, kCaseworker, fixedNow());
    REQUIRE(saved.ok());
    CHECK(saved->version == 2);

    LiaisonLead done = saved.value();
    done.outcome = LeadOutcome::Penalised;
    done.outcomeOn = QDate(2026, 3, 1); // before the forwarding
    CHECK(leads.update(done, kCaseworker, fixedNow()).error().code == ErrorCode::InvalidInput);
    done.outcomeOn = QDate(2026, 3, 18);
    done.outcomeNote = QStringLiteral("责令停业，罚款五千元");
    auto confirmed = leads.update(done, kCaseworker, fixedNow());
    REQUIRE(confirmed.ok());
    CHECK(confirmed->outcome == LeadOutcome::Penalised);
    CHECK(leads.update(done, kCaseworker, fixedNow()).error().code == ErrorCode::Conflict); // stale version

    LiaisonLead fromNowhere = lead;
    fromNowhere.pointId = 9999;
    CHECK(leads.add(fromNowhere, kCaseworker, fixedNow()).error().code == ErrorCode::InvalidInput);
    LiaisonLead future = lead;
    future.receivedOn = QDate(2026, 4, 1);
    CHECK(leads.add(future, kCaseworker, fixedNow()).error().code == ErrorCode::InvalidInput);
    CHECK(leads.add(lead, kAuditor, fixedNow()).error().code == ErrorCode::Forbidden);
    auto list = leads.list(kAuditor);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().outcomeNote == QStringLiteral("责令停业，罚款五千元"));
}
