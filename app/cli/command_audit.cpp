#include "cli_case_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "storage/audit_verifier.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace casedesk::cli {
namespace {
// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString problemCode(AuditVerdict::Problem problem)
{
    switch (problem) {
    case AuditVerdict::Problem::None:
        return QStringLiteral("none");
    case AuditVerdict::Problem::Changed:
        return QStringLiteral("changed");
    case AuditVerdict::Problem::Missing:
        return QStringLiteral("missing");
    case AuditVerdict::Problem::TailMissing:
        return QStringLiteral("tail-missing");
    }
    return {};
}

int runVerify(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli audit verify [--json] [--as USER] --database FILE"),
                             Msg::tr("Check the audit trail's hash chain: reports the first record that was changed "
                                     "or deleted outside CaseDesk. Exit code 1 when the trail is broken."));
    command.addDatabaseOption();
    const QCommandLineOption asJson(QStringLiteral("json"), Msg::tr("Print JSON."));
    command.parser().addOption(asJson);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto verdict = verifyAuditTrail(session->db, session->actor);
    if (!verdict)
        return fail(verdict.error());
    if (command.parser().isSet(asJson)) {
        printJson(QJsonObject{{QStringLiteral("intact"), verdict->intact()},
                              {QStringLiteral("records"), verdict->records},
                              {QStringLiteral("problem"), problemCode(verdict->problem)},
                              {QStringLiteral("recordId"), verdict->recordId},
                              {QStringLiteral("message"), verdict->message}});
    } else if (verdict->intact()) {
        printOut(verdict->message);
    } else {
        printErr(verdict->message);
    }
    return verdict->intact() ? Success : UserError;
}

} // namespace

int runAudit(const QStringList &arguments)
{
    return dispatch(QStringLiteral("audit"), arguments, {{QStringLiteral("verify"), runVerify}});
}

} // namespace casedesk::cli
