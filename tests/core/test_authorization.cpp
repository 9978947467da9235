#include "catch_qt.h"
#include "test_support.h"

#include "auth/desk_administration.h"
#include "auth/permissions.h"
#include "auth/user_administration.h"
#include "privacy/personal_data.h"
#include "privacy/retention_service.h"
#include "storage/clock_pause_repository.h"
#include "storage/complaint_repository.h"
#include "storage/desk_event_repository.h"
#include "storage/evidence_repository.h"
#include "storage/settings_repository.h"
#include "workflow/case_edit_service.h"
#include "workflow/case_transition_service.h"

#include <QSet>

using namespace casedesk;
using namespace casedesk::test;

// The whole permission table, written out: a change to permissions.cpp must change this too.
TEST_CASE("the permission table, role by role", "[permissions][auth]")
{
    using P = Permission;
    const QSet<P> caseworker = {P::ViewCases, P::RegisterCase,   P::WorkCase,       P::AssignCase,
                                P::Mediate,   P::ManageGroups,   P::RecordFollowUp, P::ViewStatistics};
    QSet<P> supervisor = caseworker;
    supervisor += {P::ReopenCase,       P::ManageFunds,       P::RevealPersonalData,
                   P::ExportIdentified, P::ManageDirectories, P::VerifyAudit};
    const QSet<P> administrator = {P::ViewCases,      P::ViewStatistics, P::ManageDirectories, P::ManageSettings,
                                   P::ManageUsers,    P::ManageBackups,  P::VerifyAudit};
    const QSet<P> auditor = {P::ViewCases, P::ViewStatistics, P::VerifyAudit};
    const QList<std::pair<Role, QSet<P>>> expected = {{Role::Caseworker, caseworker},
                                                      {Role::Supervisor, supervisor},
                                                      {Role::Administrator, administrator},
                                                      {Role::Auditor, auditor}};
    REQUIRE(expected.size() == allRoles().size());
    for (const auto &[role, allowed] : expected) {
        for (Permission permission : allPermissions()) {
            CAPTURE(codeOf(role), labelOf(permission));
            CHECK(roleAllows(role, permission) == allowed.contains(permission));
            CHECK_FALSE(labelOf(permission).isEmpty());
        }
    }
}

namespace {

// One case, and one active user of every role.
struct Office {
    Office()
    {
        addTestUser(db.connection(), QStringLiteral("承办"), Role::Caseworker);
        addTestUser(db.connection(), QStringLiteral("科长"), Role::Supervisor);
        addTestUser(db.connection(), QStringLiteral("管理"), Role::Administrator);
        addTestUser(db.connection(), QStringLiteral("审计"), Role::Auditor);
        auto added = ComplaintRepository(db.connection()).add(sampleComplaint(db.connection()), QStringLiteral("承办"),
                                                             fixedNow());
        REQUIRE(added.ok());
        complaint = added.value();
    }
    QSqlDatabase c() const { return db.connection(); }

    TestDatabase db;
    Complaint complaint;
};

void checkRefused(const Status &done)
{
    REQUIRE_FALSE(done.ok());
    CHECK(done.error().code == ErrorCode::Forbidden);
}

template <typename T> void checkRefused(const Result<T> &done)
{
    REQUIRE_FALSE(done.ok());
    CHECK(done.error().code == ErrorCode::Forbidden);
}

} // namespace

TEST_CASE("every service that writes checks the actor's role", "[permissions][auth]")
{
    Office office;
    const QSqlDatabase db = office.c();
    const qint64 caseId = office.complaint.id;
    const qint64 complaintsBefore = rowCount(db, QStringLiteral("complaints"));

    // Registering and correcting complaints: case workers only.
    for (const QString &who : {QStringLiteral("管理"), QStringLiteral("审计"), QStringLiteral("陌生人")}) {
        CAPTURE(who);
        checkRefused(ComplaintRepository(db).add(sampleComplaint(db), who, fixedNow()));
        checkRefused(ComplaintRepository(db).addAll({sampleComplaint(db), sampleComplaint(db)}, who, fixedNow()));
        Complaint edited = office.complaint;
        edited.demand = QStringLiteral("改了");
        checkRefused(ComplaintRepository(db).update(edited, who, fixedNow()));
        checkRefused(CaseEditService(db).save(edited, who, fixedNow())); // the edit window's way in
        checkRefused(EvidenceRepository(db).add(caseId, QStringLiteral("a.txt"), "x", {}, who, fixedNow()));
        checkRefused(ClockPauseRepository(db).start(caseId, fixedNow(), QStringLiteral("检测"), who));
        TransitionRequest accept{caseId, CaseStatus::Accepted, {}, {}, fixedNow(), std::nullopt};
        checkRefused(CaseTransitionService(db).transition(accept, who, fixedNow()));
        checkRefused(CaseTransitionService(db).assign(caseId, QStringLiteral("承办"), who, fixedNow()));
    }
    CHECK(rowCount(db, QStringLiteral("complaints")) == complaintsBefore);
    CHECK(rowCount(db, QStringLiteral("evidence")) == 0);
    CHECK(rowCount(db, QStringLiteral("clock_pauses")) == 0);
    CHECK(ComplaintRepository(db).get(caseId)->version == office.complaint.version);

    // Settings: administrators only. Calendar and rules: supervisors and administrators.
    DeskAdministration desk(db);
    for (const QString &who : {QStringLiteral("承办"), QStringLiteral("科长"), QStringLiteral("审计")}) {
        CAPTURE(who);
        checkRefused(desk.setCaseNumberPrefix(who, QStringLiteral("徐汇")));
        checkRefused(desk.setCouncilName(who, QStringLiteral("徐汇区消保委")));
        checkRefused(desk.setRetentionYears(who, 5));
    }
    CHECK(SettingsRepository(db).caseNumberPrefix().value() == SettingsRepository::kDefaultCaseNumberPrefix);
    REQUIRE(desk.setCaseNumberPrefix(QStringLiteral("管理"), QStringLiteral("徐汇")).ok());
    REQUIRE(desk.setRetentionYears(QStringLiteral("管理"), 5).ok());
    CHECK(desk.retentionYears().value() == 5);
    CHECK_FALSE(desk.setRetentionYears(QStringLiteral("管理"), 0).ok());

    for (const QString &who : {QStringLiteral("承办"), QStringLiteral("审计")}) {
        CAPTURE(who);
        checkRefused(desk.setCalendarDay(who, QDate(2026, 6, 10), false, QStringLiteral("调休")));
        checkRefused(desk.clearCalendarDay(who, QDate(2026, 6, 10)));
        checkRefused(desk.importCalendarFile(who, QStringLiteral("/nonexistent.json")));
        DeadlineRuleSet set;
        set.name = QStringLiteral("x");
        set.effectiveFrom = QDate(2027, 1, 1);
        checkRefused(desk.addRuleSet(who, set));
    }
    CHECK(desk.setCalendarDay(QStringLiteral("科长"), QDate(2026, 6, 10), false, QStringLiteral("调休")).ok());

    // Users: administrators only (user_administration tests cover each call).
    checkRefused(UserAdministration(db).addUser(QStringLiteral("科长"), QStringLiteral("新人"), Role::Caseworker,
                                                QStringLiteral("new-password"), HashCost::CheapForTests));

    // Personal data: revealing and identified exports for supervisors; retention for administrators.
    for (const QString &who : {QStringLiteral("承办"), QStringLiteral("管理"), QStringLiteral("审计")}) {
        CAPTURE(who);
        checkRefused(revealPersonalData(db, who, caseId, PersonalField::IdNumber));
        checkRefused(revealPersonalData(db, who, caseId, PersonalField::Phone));
        checkRefused(exportFormFor(db, who, true, QStringLiteral("case list")));
        CHECK(exportFormFor(db, who, false, QStringLiteral("case list")).value() == ExportForm::Deidentified);
    }
    for (const QString &who : {QStringLiteral("承办"), QStringLiteral("科长"), QStringLiteral("审计")}) {
        CAPTURE(who);
        checkRefused(RetentionService(db).preview(who, fixedNow()));
        checkRefused(RetentionService(db).apply(who, fixedNow()));
    }
    CHECK(exportFormFor(db, QStringLiteral("科长"), true, QStringLiteral("case list")).value() == ExportForm::Identified);
}

TEST_CASE("a caseworker cannot reopen a finished case; a supervisor can", "[permissions][workflow]")
{
    Office office;
    const QSqlDatabase db = office.c();
    CaseTransitionService service(db);
    const QDateTime day = fixedNow().addDays(-3);
    TransitionRequest refuse{office.complaint.id, CaseStatus::Refused, QStringLiteral("time_barred"), {}, day,
                             std::nullopt};
    REQUIRE(service.transition(refuse, QStringLiteral("承办"), fixedNow()).ok());
    TransitionRequest reopen{office.complaint.id, CaseStatus::Registered, {}, QStringLiteral("申诉后复查"),
                             day.addSecs(3600), std::nullopt};
    checkRefused(service.transition(reopen, QStringLiteral("承办"), fixedNow()));
    checkRefused(service.transition(reopen, QStringLiteral("审计"), fixedNow()));
    checkRefused(service.transition(reopen, QStringLiteral("管理"), fixedNow()));
    CHECK(service.transition(reopen, QStringLiteral("科长"), fixedNow()).ok());
}

TEST_CASE("cases go only to users who work cases", "[permissions][workflow]")
{
    Office office;
    CaseTransitionService service(office.c());
    for (const QString &who : {QStringLiteral("管理"), QStringLiteral("审计")}) {
        CAPTURE(who);
        auto refused = service.assign(office.complaint.id, who, QStringLiteral("科长"), fixedNow());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().fieldErrors.first().field == QStringLiteral("assignee"));
    }
    CHECK(service.assign(office.complaint.id, QStringLiteral("科长"), QStringLiteral("科长"), fixedNow()).ok());
}

TEST_CASE("the council's name: one rule, administrators only, a desk event with each change", "[auth][settings]")
{
    TestDatabase db;
    addTestUser(db.connection(), QStringLiteral("科长"), Role::Supervisor);
    addTestUser(db.connection(), QStringLiteral("管理"), Role::Administrator);
    DeskAdministration desk(db.connection());
    SettingsRepository settings(db.connection());
    const QString before = settings.councilName().value();
    const qint64 eventsBefore = rowCount(db.connection(), QStringLiteral("desk_events"));

    // The rule, checked before anything else (also by the CLI's set-up, which has no actor).
    const QString sixty(DeskAdministration::kMaxCouncilNameLength, QChar(0x59D4)); // 委
    CHECK(DeskAdministration::checkCouncilName(sixty).ok());
    CHECK(DeskAdministration::checkCouncilName(QStringLiteral(" 长宁区消保委 ")).ok());
    for (const QString &bad :
         {QString(), QStringLiteral("  "), sixty + QStringLiteral("会"), QStringLiteral("长宁区\n消保委"),
          QStringLiteral("长宁区") + QChar(7) + QStringLiteral("消保委")}) {
        CAPTURE(bad);
        const Status checked = DeskAdministration::checkCouncilName(bad);
        REQUIRE_FALSE(checked.ok());
        CHECK(checked.error().code == ErrorCode::InvalidInput);
        const Status refused = desk.setCouncilName(QStringLiteral("管理"), bad, fixedNow());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message == checked.error().message);
    }

    checkRefused(desk.setCouncilName(QStringLiteral("科长"), QStringLiteral("徐汇区消保委"), fixedNow()));
    CHECK(settings.councilName().value() == before);
    CHECK(rowCount(db.connection(), QStringLiteral("desk_events")) == eventsBefore);

    REQUIRE(desk.setCouncilName(QStringLiteral("管理"), QStringLiteral(" 徐汇区消保委 "), fixedNow()).ok());
    CHECK(settings.councilName().value() == QStringLiteral("徐汇区消保委"));
    auto latest = DeskEventRepository(db.connection()).latest(1);
    REQUIRE(latest.ok());
    REQUIRE(latest->size() == 1);
    const DeskEvent &event = latest->first();
    CHECK(event.actor == QStringLiteral("管理"));
    CHECK(event.action == QStringLiteral("setting_changed"));
    CHECK(event.subject == SettingsRepository::kCouncilName);
    CHECK(event.detail == before + QStringLiteral(" → 徐汇区消保委"));
    CHECK(rowCount(db.connection(), QStringLiteral("desk_events")) == eventsBefore + 1);
}

TEST_CASE("a new desk's prefix and council name before anyone can sign in: both or neither, then refused",
          "[auth][settings]")
{
    TestDatabase db;
    DeskAdministration desk(db.connection());
    SettingsRepository settings(db.connection());
    const QString prefixBefore = settings.caseNumberPrefix().value();
    const QString nameBefore = settings.councilName().value();
    const qint64 eventsBefore = rowCount(db.connection(), QStringLiteral("desk_events"));

    // A name breaking the rule: nothing written, the prefix either.
    const Status refused = desk.setUpDesk(QStringLiteral("徐汇"), QStringLiteral("徐汇区\n消保委"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(settings.caseNumberPrefix().value() == prefixBefore);
    CHECK(settings.councilName().value() == nameBefore);

    REQUIRE(desk.setUpDesk(QStringLiteral("徐汇"), QStringLiteral(" 徐汇区消保委 ")).ok());
    CHECK(settings.caseNumberPrefix().value() == QStringLiteral("徐汇"));
    CHECK(settings.councilName().value() == QStringLiteral("徐汇区消保委"));
    REQUIRE(desk.setUpDesk(std::nullopt, QStringLiteral("徐汇区消费者权益保护委员会")).ok());
    CHECK(settings.caseNumberPrefix().value() == QStringLiteral("徐汇"));
    CHECK(rowCount(db.connection(), QStringLiteral("desk_events")) == eventsBefore); // nobody acted

    // Once an administrator exists, the settings are changed by signing in.
    addTestUser(db.connection(), QStringLiteral("管理"), Role::Administrator);
    const Status late = desk.setUpDesk(QStringLiteral("长宁"), std::nullopt);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().code == ErrorCode::Forbidden);
    CHECK(settings.caseNumberPrefix().value() == QStringLiteral("徐汇"));
}
