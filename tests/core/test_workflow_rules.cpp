#include "catch_qt.h"

#include "domain/grounds.h"
#include "domain/roles.h"
#include "workflow/case_workflow.h"

#include <QSet>

using namespace casedesk;

namespace {

// The lifecycle as the README states it, written out independently of the code's table:
// from, to, the roles allowed, the ground vocabulary ("" for none), whether a note is required.
struct Expected {
    const char *from;
    const char *to;
    const char *roles;
    const char *ground;
    bool note;
};

const Expected kExpected[] = {
    {"registered", "accepted", "caseworker supervisor", "", false},
    {"registered", "refused", "caseworker supervisor", "refusal", false},
    {"registered", "returned", "caseworker supervisor", "return", false},
    {"accepted", "forwarded", "caseworker supervisor", "", false},
    {"accepted", "in_mediation", "caseworker supervisor", "", false},
    {"forwarded", "closed", "caseworker supervisor", "", false},
    {"forwarded", "in_mediation", "caseworker supervisor", "", false},
    {"in_mediation", "agreement_reached", "caseworker supervisor", "", false},
    {"in_mediation", "mediation_terminated", "caseworker supervisor", "termination", false},
    {"agreement_reached", "closed", "caseworker supervisor", "", false},
    {"mediation_terminated", "closed", "caseworker supervisor", "", false},
    {"closed", "accepted", "supervisor", "", true},
    {"refused", "registered", "supervisor", "", true},
    {"returned", "registered", "supervisor", "", true},
};

const QStringList kStatusCodes = {
    QStringLiteral("registered"),        QStringLiteral("accepted"),     QStringLiteral("refused"),
    QStringLiteral("returned"),          QStringLiteral("forwarded"),    QStringLiteral("in_mediation"),
    QStringLiteral("agreement_reached"), QStringLiteral("mediation_terminated"), QStringLiteral("closed"),
};
const QStringList kRoleCodes = {QStringLiteral("caseworker"), QStringLiteral("supervisor"),
                                QStringLiteral("administrator"), QStringLiteral("auditor")};

// One valid ground per vocabulary, typed here rather than taken from the code.
QString validGround(const QString &kind)
{
    if (kind == QLatin1String("refusal"))
        return QStringLiteral("outside_duties");
    if (kind == QLatin1String("return"))
        return QStringLiteral("duplicate");
    if (kind == QLatin1String("termination"))
        return QStringLiteral("no_agreement");
    return {};
}

const Expected *expectedRule(const QString &from, const QString &to)
{
    for (const Expected &row : kExpected) {
        if (from == QLatin1String(row.from) && to == QLatin1String(row.to))
            return &row;
    }
    return nullptr;
}

CaseStatus status(const char *code) { return statusFromCode(QLatin1String(code)).value(); }

} // namespace

TEST_CASE("every status pair and role is allowed or refused exactly as the lifecycle says", "[workflow]")
{
    REQUIRE(allStatuses().size() == kStatusCodes.size());
    int allowed = 0;
    int refused = 0;
    for (const QString &fromCode : kStatusCodes) {
        for (const QString &toCode : kStatusCodes) {
            for (const QString &roleCode : kRoleCodes) {
                CAPTURE(fromCode, toCode, roleCode);
                const CaseStatus from = statusFromCode(fromCode).value();
                const CaseStatus to = statusFromCode(toCode).value();
                const Role role = roleFromCode(roleCode).value();
                const Expected *rule = expectedRule(fromCode, toCode);
                const bool roleListed =
                    rule && QString::fromLatin1(rule->roles).split(QLatin1Char(' ')).contains(roleCode);

                CHECK(allowedTransitions(from, role).contains(to) == roleListed);
                // With everything the rule asks for, the check agrees with the table.
                const QString ground = rule ? validGround(QLatin1String(rule->ground)) : QString();
                const QString note = rule && rule->note ? QStringLiteral("回访发现未履行") : QString();
                const Status checked = checkTransition(from, to, role, ground, note);
                CHECK(checked.ok() == roleListed);
                if (roleListed) {
                    ++allowed;
                    continue;
                }
                ++refused;
                CHECK_FALSE(checked.error().message.isEmpty());
                CHECK(checked.error().code == (rule ? ErrorCode::Forbidden : ErrorCode::InvalidInput));
                REQUIRE(checked.error().fieldErrors.size() == 1);
                CHECK(checked.error().fieldErrors.first().field ==
                      (rule ? QStringLiteral("role") : QStringLiteral("to")));
            }
        }
    }
    CHECK(allowed == 25); // 11 rules for two roles, 3 supervisor-only
    CHECK(refused == 9 * 9 * 4 - 25); // administrators and auditors move nothing
    CHECK(transitionRules().size() == int(std::size(kExpected)));
}

TEST_CASE("no allowed list offers a move the check would refuse", "[workflow]")
{
    for (CaseStatus from : allStatuses()) {
        for (Role role : allRoles()) {
            CAPTURE(codeOf(from), codeOf(role));
            const QList<CaseStatus> next = allowedTransitions(from, role);
            for (CaseStatus to : next)
                CHECK(next.count(to) == 1);
            CHECK_FALSE(next.contains(from));
            if (role == Role::Administrator || role == Role::Auditor)
                CHECK(next.isEmpty());
        }
    }
    // Refused and returned are final for caseworkers: nothing follows them without a supervisor.
    CHECK(allowedTransitions(CaseStatus::Refused, Role::Caseworker).isEmpty());
    CHECK(allowedTransitions(CaseStatus::Returned, Role::Caseworker).isEmpty());
    CHECK(allowedTransitions(CaseStatus::Closed, Role::Caseworker).isEmpty());
    CHECK(allowedTransitions(CaseStatus::Closed, Role::Supervisor) == QList<CaseStatus>{CaseStatus::Accepted});
}

TEST_CASE("refusing, returning and terminating need a known ground, other moves take none", "[workflow][grounds]")
{
    const Role cw = Role::Caseworker;
    struct Decision {
        const char *from;
        const char *to;
        QStringList codes; // the vocabulary, typed out
    };
    const Decision decisions[] = {
        {"registered", "refused",
         {QStringLiteral("outside_duties"), QStringLiteral("handled_elsewhere"), QStringLiteral("not_consumer_dispute"),
          QStringLiteral("time_barred"), QStringLiteral("elements_missing"), QStringLiteral("identity_refused"),
          QStringLiteral("other")}},
        {"registered", "returned",
         {QStringLiteral("missing_elements"), QStringLiteral("unclear_statement"), QStringLiteral("wrong_type"),
          QStringLiteral("unknown_address"), QStringLiteral("duplicate"), QStringLiteral("withdrawn"),
          QStringLiteral("not_our_duty")}},
        {"in_mediation", "mediation_terminated",
         {QStringLiteral("complainant_withdrew"), QStringLiteral("respondent_refused"), QStringLiteral("no_agreement"),
          QStringLiteral("time_limit"), QStringLiteral("other")}},
    };
    for (const Decision &d : decisions) {
        CAPTURE(d.to);
        const CaseStatus from = status(d.from);
        const CaseStatus to = status(d.to);
        const Status missing = checkTransition(from, to, cw, {}, {});
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().fieldErrors.first().field == QStringLiteral("ground"));
        CHECK(missing.error().message.contains(d.codes.first())); // the message lists the choices
        const Status unknown = checkTransition(from, to, cw, QStringLiteral("because"), {});
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().message.contains(QStringLiteral("because")));
        // A ground from another vocabulary is not accepted either.
        CHECK_FALSE(checkTransition(from, to, cw, QStringLiteral("time_barred_x"), {}).ok());

        CHECK(groundCodes(groundKindFor(to)) == d.codes);
        for (const QString &code : d.codes) {
            CAPTURE(code);
            const bool needsNote = code == QLatin1String("other");
            CHECK(checkTransition(from, to, cw, code, {}).ok() == !needsNote);
            CHECK(checkTransition(from, to, cw, code, QStringLiteral("依据其他法律规定")).ok());
            CHECK_FALSE(groundLabel(groundKindFor(to), code).isEmpty());
            CHECK(groundLabel(groundKindFor(to), code) != code);
        }
    }
    const Status ungrounded = checkTransition(CaseStatus::Registered, CaseStatus::Accepted, cw,
                                              QStringLiteral("duplicate"), {});
    REQUIRE_FALSE(ungrounded.ok());
    CHECK(ungrounded.error().fieldErrors.first().field == QStringLiteral("ground"));
    CHECK(groundKindFor(CaseStatus::Accepted) == GroundKind::None);
}

TEST_CASE("only a supervisor reopens, and only with a note", "[workflow]")
{
    const QString why = QStringLiteral("经营者未按协议退款，消费者再次投诉");
    for (const auto &[from, to] : {std::pair{CaseStatus::Closed, CaseStatus::Accepted},
                                   std::pair{CaseStatus::Refused, CaseStatus::Registered},
                                   std::pair{CaseStatus::Returned, CaseStatus::Registered}}) {
        CAPTURE(codeOf(from));
        CHECK(checkTransition(from, to, Role::Supervisor, {}, why).ok());
        const Status noNote = checkTransition(from, to, Role::Supervisor, {}, QStringLiteral("   "));
        REQUIRE_FALSE(noNote.ok());
        CHECK(noNote.error().fieldErrors.first().field == QStringLiteral("note"));
        const Status caseworker = checkTransition(from, to, Role::Caseworker, {}, why);
        REQUIRE_FALSE(caseworker.ok());
        CHECK(caseworker.error().code == ErrorCode::Forbidden);
        CHECK(caseworker.error().message.contains(QStringLiteral("supervisor")));
        CHECK_FALSE(checkTransition(from, to, Role::Administrator, {}, why).ok());
        CHECK_FALSE(checkTransition(from, to, Role::Auditor, {}, why).ok());
    }
    // A closed case cannot be sent straight back into mediation or elsewhere.
    CHECK_FALSE(checkTransition(CaseStatus::Closed, CaseStatus::InMediation, Role::Supervisor, {}, why).ok());
}

TEST_CASE("notes are checked like any typed text", "[workflow]")
{
    const auto accept = [](const QString &note) {
        return checkTransition(CaseStatus::Registered, CaseStatus::Accepted, Role::Caseworker, {}, note);
    };
    CHECK(accept(QStringLiteral("电话联系消费者，已受理\n次日回电")).ok());
    CHECK_FALSE(accept(QString(kMaxTransitionNoteLength + 1, QLatin1Char('x'))).ok());
    CHECK_FALSE(accept(QStringLiteral("bad\x01")).ok());
    CHECK_FALSE(accept(QString(QChar(0xFFFD))).ok());
    const Status same = checkTransition(CaseStatus::Accepted, CaseStatus::Accepted, Role::Caseworker, {}, {});
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().message.contains(QStringLiteral("already")));
}

TEST_CASE("roles and grounds have stable, distinct codes and labels", "[workflow][grounds]")
{
    QStringList roleCodes;
    for (Role role : allRoles()) {
        roleCodes << codeOf(role);
        CHECK(roleFromCode(codeOf(role)) == role);
        CHECK_FALSE(labelOf(role).isEmpty());
    }
    CHECK(roleCodes == kRoleCodes);
    CHECK_FALSE(roleFromCode(QStringLiteral("boss")).has_value());

    for (GroundKind kind : {GroundKind::Refusal, GroundKind::Return, GroundKind::Termination}) {
        const QStringList codes = groundCodes(kind);
        CHECK(QSet<QString>(codes.cbegin(), codes.cend()).size() == codes.size());
        CHECK_FALSE(groundKindName(kind).isEmpty());
        CHECK(groundLabel(kind, QStringLiteral("retired_code")) == QStringLiteral("retired_code"));
    }
    CHECK(allRefusalGrounds().size() == 7);
    CHECK(allReturnReasons().size() == 7);
    CHECK(allTerminationGrounds().size() == 5);
    for (RefusalGround g : allRefusalGrounds())
        CHECK(refusalGroundFromCode(codeOf(g)) == g);
    for (ReturnReason r : allReturnReasons())
        CHECK(returnReasonFromCode(codeOf(r)) == r);
    for (TerminationGround t : allTerminationGrounds())
        CHECK(terminationGroundFromCode(codeOf(t)) == t);
    CHECK(groundCodes(GroundKind::None).isEmpty());
}
