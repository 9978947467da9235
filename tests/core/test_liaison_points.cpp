#include "catch_qt.h"
#include "storage/audit_repository.h"
#include "test_support.h"

#include "deadlines/case_deadline_service.h"
#include "liaison/liaison_point_import.h"
#include "liaison/liaison_point_service.h"
#include "storage/complaint_repository.h"
#include "storage/desk_event_repository.h"

#include <QFile>
#include <QStringConverter>
#include <QTimeZone>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kSupervisor = QStringLiteral("王主任");
const QString kCaseworker = QStringLiteral("李敏");
const QString kAuditor = QStringLiteral("审计员甲");

// A desk with a supervisor (manages the directory, reveals), a caseworker and an auditor.
struct PointDesk {
    PointDesk()
    {
        addTestUser(db.connection(), kSupervisor, Role::Supervisor);
        addTestUser(db.connection(), kCaseworker, Role::Caseworker);
        addTestUser(db.connection(), kAuditor, Role::Auditor);
    }

    LiaisonPoint sample(const QString &name = QStringLiteral("百联西郊购物中心联络点")) const
    {
        LiaisonPoint p;
        p.name = name;
        p.type = LiaisonPointType::Mall;
        p.host = QStringLiteral("百联西郊购物中心");
        p.address = QStringLiteral("仙霞西路88号");
        p.district = QStringLiteral("长宁区");
        p.street = QStringLiteral("程家桥街道");
        p.contactPerson = QStringLiteral("周丽");
        p.contactPhone = QStringLiteral("13812345678");
        p.official = kCaseworker;
        p.setUpOn = QDate(2015, 6, 1);
        return p;
    }

    LiaisonPoint added(const LiaisonPoint &p)
    {
        auto point = service().add(p, kSupervisor, fixedNow());
        INFO((point ? QString() : point.error().message).toStdString());
        REQUIRE(point.ok());
        return point.value();
    }

    LiaisonPointService service() const { return LiaisonPointService(db.connection()); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = db.folder() + QLatin1Char('/') + name;
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    TestDatabase db;
};

bool hasEvent(const QSqlDatabase &db, const QString &action, const QString &actor)
{
    auto events = DeskEventRepository(db).latest(50);
    REQUIRE(events.ok());
    for (const DeskEvent &e : events.value()) {
        if (e.action == action && e.actor == actor)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("liaison points: added, read masked or full, edited with a version, every change logged", "[liaison]")
{
    PointDesk desk;
    const LiaisonPoint point = desk.added(desk.sample());
    CHECK(point.id > 0);
    CHECK(point.version == 1);
    CHECK(point.contactPhone == QStringLiteral("13812345678")); // the supervisor may reveal
    CHECK(hasEvent(desk.db.connection(), QStringLiteral("liaison_point_added"), kSupervisor));

    auto asCaseworker = desk.service().get(point.id, kCaseworker);
    REQUIRE(asCaseworker.ok());
    CHECK(asCaseworker->contactPhone == QStringLiteral("138****5678"));
    CHECK(asCaseworker->contactPerson == QStringLiteral("周丽"));
    auto asAuditor = desk.service().get(point.id, kAuditor);
    REQUIRE(asAuditor.ok());
    CHECK(asAuditor->contactPhone.isEmpty());
    CHECK(asAuditor->contactPerson.isEmpty());
    CHECK(asAuditor->name == point.name);

    // The caseworker may not change the directory nor reveal; the supervisor reveals, logged.
    LiaisonPoint edited = point;
    edited.status = LiaisonPointStatus::Suspended;
    CHECK(desk.service().edit(edited, kCaseworker, fixedNow()).error().code == ErrorCode::Forbidden);
    CHECK(desk.service().revealContactPhone(point.id, kCaseworker, fixedNow()).error().code == ErrorCode::Forbidden);
    auto revealed = desk.service().revealContactPhone(point.id, kSupervisor, fixedNow());
    REQUIRE(revealed.ok());
    CHECK(revealed.value() == QStringLiteral("13812345678"));
    CHECK(hasEvent(desk.db.connection(), QStringLiteral("liaison_point_contact_revealed"), kSupervisor));

    auto saved = desk.service().edit(edited, kSupervisor, fixedNow());
    REQUIRE(saved.ok());
    CHECK(saved->version == 2);
    CHECK(saved->status == LiaisonPointStatus::Suspended);
    CHECK(hasEvent(desk.db.connection(), QStringLiteral("liaison_point_changed"), kSupervisor));
    // The same version again lost the race: refused, nothing changed.
    edited.status = LiaisonPointStatus::Closed;
    auto stale = desk.service().edit(edited, kSupervisor, fixedNow());
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(desk.service().get(point.id, kSupervisor)->status == LiaisonPointStatus::Suspended);

    // Same name and address: refused, pointing at the existing point.
    auto twice = desk.service().add(desk.sample(), kSupervisor, fixedNow());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QString::number(point.id)));
}

TEST_CASE("liaison points: bad input is refused with a message and nothing is written", "[liaison]")
{
    PointDesk desk;
    LiaisonPoint p = desk.sample();
    p.name = QStringLiteral("  ");
    CHECK(desk.service().add(p, kSupervisor, fixedNow()).error().fieldErrors.value(0).field == QStringLiteral("name"));
    p = desk.sample();
    p.address = QString(1'000'000, QChar(0x5927)); // 1 MB of text
    CHECK(desk.service().add(p, kSupervisor, fixedNow()).error().code == ErrorCode::InvalidInput);
    p = desk.sample();
    p.setUpOn = fixedNow().date().addDays(1);
    CHECK(desk.service().add(p, kSupervisor, fixedNow()).error().fieldErrors.value(0).field == QStringLiteral("setUpOn"));
    p = desk.sample();
    p.official = QStringLiteral("不存在的人");
    CHECK(desk.service().add(p, kSupervisor, fixedNow()).error().fieldErrors.value(0).field == QStringLiteral("official"));
    p = desk.sample();
    p.modelYear = 2024; // a year without a title
    CHECK(desk.service().add(p, kSupervisor, fixedNow()).error().code == ErrorCode::InvalidInput);
    CHECK(rowCount(desk.db.connection(), QStringLiteral("liaison_points")) == 0);
}

TEST_CASE("liaison points: search and filter by text, type, street, status and official", "[liaison]")
{
    PointDesk desk;
    desk.added(desk.sample());
    LiaisonPoint school = desk.sample(QStringLiteral("虹桥中学联络点"));
    school.type = LiaisonPointType::School;
    school.street = QStringLiteral("虹桥街道");
    school.host = QStringLiteral("虹桥中学");
    school.address = QStringLiteral("虹桥路1号");
    school.official = kSupervisor;
    school.contactPerson = QStringLiteral("O'Brien 老师");
    desk.added(school);

    const auto names = [&](const LiaisonPointFilter &filter) {
        auto points = desk.service().list(filter, kCaseworker);
        REQUIRE(points.ok());
        QStringList found;
        for (const LiaisonPoint &p : points.value())
            found << p.name;
        return found;
    };
    CHECK(names({}).size() == 2);
    CHECK(names({QStringLiteral("西郊"), {}, {}, {}, {}}) == QStringList{QStringLiteral("百联西郊购物中心联络点")});
    CHECK(names({{}, LiaisonPointType::School, {}, {}, {}}) == QStringList{QStringLiteral("虹桥中学联络点")});
    CHECK(names({{}, {}, QStringLiteral("程家桥街道"), {}, {}}).size() == 1);
    CHECK(names({{}, {}, {}, LiaisonPointStatus::Closed, {}}).isEmpty());
    CHECK(names({{}, {}, {}, {}, kSupervisor}) == QStringList{QStringLiteral("虹桥中学联络点")});
    // A quote and LIKE's wildcards are text like any other.
    CHECK(names({QStringLiteral("O'Brien"), {}, {}, {}, {}}) == QStringList{QStringLiteral("虹桥中学联络点")});
    CHECK(names({QStringLiteral("%"), {}, {}, {}, {}}).isEmpty());
    auto streets = desk.service().streets(kCaseworker);
    REQUIRE(streets.ok());
    CHECK(streets.value() == QStringList{QStringLiteral("程家桥街道"), QStringLiteral("虹桥街道")});
}

TEST_CASE("liaison points: a GB18030 list imported, duplicates filled, a bad row refuses the whole file", "[liaison]")
{
    PointDesk desk;
    const LiaisonPoint existing = desk.added(desk.sample());
    // A title row above the header; line 4 repeats the existing point (fills nothing it has),
    // line 5 repeats line 3 and brings its phone.
    const QString csv = QStringLiteral("长宁区消费维权联络点名录\n"
                                       "联络点名称,类型,地址,街道,联系人,联系电话,指导员,设立日期,状态\n"
                                       "天山菜场联络点,市场,天山路300号,天山路街道,陈红,,李敏,2018/3/1,正常\n"
                                       "百联西郊购物中心联络点,商场,仙霞西路88号,程家桥街道,别人,13900000000,,,\n"
                                       "天山菜场联络点,市场,天山路300号,天山路街道,,13612345678,,,\n");
    QStringEncoder gb18030("GB18030");
    const QByteArray bytes = gb18030.encode(csv);
    REQUIRE(bytes != csv.toUtf8()); // really GB18030
    const QString path = desk.write(QStringLiteral("points.csv"), bytes);

    auto preview = previewPointImport(desk.db.connection(), path, kSupervisor, fixedNow());
    REQUIRE(preview.ok());
    REQUIRE(preview->rows.size() == 3);
    CHECK(preview->errors() == 0);
    CHECK(preview->rows[0].point.type == LiaisonPointType::Market);
    CHECK(preview->rows[0].point.setUpOn == QDate(2018, 3, 1));
    CHECK(preview->rows[1].duplicateOf == existing.id);
    CHECK(preview->rows[2].sameAsLine == 3);
    CHECK(rowCount(desk.db.connection(), QStringLiteral("liaison_points")) == 1); // a preview writes nothing

    auto imported = importPoints(desk.db.connection(), path, kSupervisor, fixedNow());
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->added == 1);
    CHECK(imported->filled == 2);
    auto market = desk.service().list({QStringLiteral("天山菜场"), {}, {}, {}, {}}, kSupervisor);
    REQUIRE(market->size() == 1);
    CHECK(market->first().contactPhone == QStringLiteral("13612345678"));
    CHECK(market->first().contactPerson == QStringLiteral("陈红"));
    CHECK(desk.service().get(existing.id, kSupervisor)->contactPerson == QStringLiteral("周丽")); // kept
    CHECK(hasEvent(desk.db.connection(), QStringLiteral("liaison_points_imported"), kSupervisor));

    // An unknown type on line 3 and a date in the future on line 4: nothing of the file is written.
    const QString bad = desk.write(QStringLiteral("bad.csv"),
                                   QStringLiteral("名称,类型,设立日期\n新泾超市联络点,超市,2019-01-01\n火星联络点,飞船,\n"
                                                  "北新泾联络点,社区,2027-01-01\n")
                                       .toUtf8());
    auto refused = importPoints(desk.db.connection(), bad, kSupervisor, fixedNow());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("line 3")));
    CHECK(refused.error().message.contains(QStringLiteral("飞船")));
    CHECK(refused.error().message.contains(QStringLiteral("line 4")));
    CHECK(rowCount(desk.db.connection(), QStringLiteral("liaison_points")) == 2);
    // A caseworker may not import.
    CHECK(importPoints(desk.db.connection(), path, kCaseworker, fixedNow()).error().code == ErrorCode::Forbidden);
}

TEST_CASE("liaison points: a complaint through a point gets the 5-working-day reply deadline; a closed point is "
          "refused; a merge moves the transfers",
          "[liaison][deadlines]")
{
    PointDesk desk;
    const LiaisonPoint point = desk.added(desk.sample());
    ComplaintRepository complaints(desk.db.connection());

    // Thursday 2026-02-12, before the Spring Festival: Feb 13 (1), Sat Feb 14 a make-up working
    // day (2), the holiday to Feb 23, then Feb 24 (3), 25 (4), 26 (5).
    Complaint c = sampleComplaint(desk.db.connection());
    c.channel = Channel::LiaisonPoint;
    c.liaisonPointId = point.id;
    c.receivedAt = QDateTime(QDate(2026, 2, 12), QTime(10, 0), QTimeZone(8 * 3600));
    auto added = complaints.add(c, kCaseworker, fixedNow());
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    CHECK(added->liaisonPointId == point.id);
    auto deadlines = deadlinesOfCase(desk.db.connection(), added->id, QDateTime(QDate(2026, 2, 25), QTime(9, 0), QTimeZone(8 * 3600)));
    REQUIRE(deadlines.ok());
    const auto reply = std::find_if(deadlines->cbegin(), deadlines->cend(),
                                    [](const Deadline &d) { return d.kind == DeadlineKind::LiaisonReply; });
    REQUIRE(reply != deadlines->cend());
    CHECK(reply->dueDate == QDate(2026, 2, 26));
    CHECK_FALSE(reply->overdue);
    // A phone complaint has no such deadline.
    Complaint phone = sampleComplaint(desk.db.connection());
    phone.channel = Channel::Phone;
    auto byPhone = complaints.add(phone, kCaseworker, fixedNow());
    REQUIRE(byPhone.ok());
    auto phoneDeadlines = deadlinesOfCase(desk.db.connection(), byPhone->id, fixedNow());
    REQUIRE(phoneDeadlines.ok());
    CHECK(std::none_of(phoneDeadlines->cbegin(), phoneDeadlines->cend(),
                       [](const Deadline &d) { return d.kind == DeadlineKind::LiaisonReply; }));

    // A point named on another channel, an unknown point, a closed point: refused.
    Complaint wrong = c;
    wrong.channel = Channel::Phone;
    CHECK(complaints.add(wrong, kCaseworker, fixedNow()).error().fieldErrors.value(0).field == QStringLiteral("liaisonPoint"));
    wrong = c;
    wrong.liaisonPointId = 9999;
    CHECK(complaints.add(wrong, kCaseworker, fixedNow()).error().code == ErrorCode::InvalidInput);
    LiaisonPoint closing = desk.service().get(point.id, kSupervisor).value();
    closing.status = LiaisonPointStatus::Closed;
    REQUIRE(desk.service().edit(closing, kSupervisor, fixedNow()).ok());
    auto refused = complaints.add(c, kCaseworker, fixedNow());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("closed")));
    CHECK(rowCount(desk.db.connection(), QStringLiteral("complaints")) == 2);

    // Merged into another record of the same point: the transfer moves, the other is gone.
    LiaisonPoint kept = desk.sample(QStringLiteral("西郊百联联络点"));
    kept = desk.added(kept);
    const int versionBefore = complaints.get(added->id)->version;
    auto merged = desk.service().merge(kept.id, point.id, kSupervisor, fixedNow());
    REQUIRE(merged.ok());
    CHECK(complaints.get(added->id)->liaisonPointId == kept.id);
    // The case moved on (an edit opened before is stale) and its history says where it went.
    CHECK(complaints.get(added->id)->version == versionBefore + 1);
    auto history = AuditRepository(desk.db.connection()).history(added->id);
    REQUIRE(history.ok());
    CHECK(std::any_of(history->cbegin(), history->cend(), [&](const AuditEntry &e) {
        return e.field == QStringLiteral("liaisonPointId") && e.oldValue == QString::number(point.id) &&
               e.newValue == QString::number(kept.id);
    }));
    CHECK(desk.service().get(point.id, kSupervisor).error().code == ErrorCode::NotFound);
    CHECK(hasEvent(desk.db.connection(), QStringLiteral("liaison_points_merged"), kSupervisor));
    CHECK(desk.service().merge(kept.id, kept.id, kSupervisor, fixedNow()).error().code == ErrorCode::InvalidInput);
    CHECK(desk.service().merge(kept.id, 9999, kSupervisor, fixedNow()).error().code == ErrorCode::NotFound);
}
