#include "cli_case_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "storage/audit_verifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
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

QJsonArray findingsJson(const QList<TrailFinding> &findings)
{
    QJsonArray array;
    for (const TrailFinding &finding : findings) {
        QJsonObject item{{QStringLiteral("message"), finding.message}};
        if (finding.caseId > 0) {
            item.insert(QStringLiteral("caseId"), finding.caseId);
            item.insert(QStringLiteral("caseNumber"), finding.caseNumber);
        }
        if (!finding.user.isEmpty())
            item.insert(QStringLiteral("user"), finding.user);
        array.append(item);
    }
    return array;
}

int runVerify(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli audit verify [--json] [--backups FOLDER] [--as USER] --database FILE"),
        Msg::tr("Check the audit trail and the desk log: their hash chains, the file against every anchor "
                "found outside it (this desk's record of the trails' heads, the backups in FOLDER, by default "
                "\"backups\" next to the database), and every case and user against what the trails last "
                "recorded. Names each record, case or user that differs. Exit code 1 when anything differs."));
    command.addDatabaseOption();
    const QCommandLineOption asJson(QStringLiteral("json"), Msg::tr("Print JSON."));
    const QCommandLineOption backups(QStringLiteral("backups"),
                                     Msg::tr("The folder whose backups of this database are compared with it."),
                                     QStringLiteral("FOLDER"));
    command.parser().addOption(asJson);
    command.parser().addOption(backups);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    const QString path = session->database->path();
    const QString folder = command.parser().isSet(backups)
                               ? command.parser().value(backups)
                               : QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups"));
    auto report = verifyTrails(session->db, session->actor, anchorsFor(path, folder));
    if (!report)
        return fail(report.error());
    const TrailReport &r = report.value();
    if (command.parser().isSet(asJson)) {
        printJson(QJsonObject{{QStringLiteral("intact"), r.intact()},
                              {QStringLiteral("records"), r.chain.records},
                              {QStringLiteral("problem"), problemCode(r.chain.problem)},
                              {QStringLiteral("recordId"), r.chain.recordId},
                              {QStringLiteral("message"), r.messages().join(QLatin1Char('\n'))},
                              {QStringLiteral("deskLogIntact"), r.deskLog.intact},
                              {QStringLiteral("deskLogLineId"), r.deskLog.lineId},
                              {QStringLiteral("anchorsChecked"), r.anchorsChecked},
                              {QStringLiteral("anchorProblems"), QJsonArray::fromStringList(r.anchorProblems)},
                              {QStringLiteral("findings"), findingsJson(r.findings)}});
    } else if (r.intact()) {
        printOut(r.messages().join(QLatin1Char('\n')));
    } else {
        printErr(r.messages().join(QLatin1Char('\n')));
    }
    return r.intact() ? Success : UserError;
}

} // namespace

int runAudit(const QStringList &arguments)
{
    return dispatch(QStringLiteral("audit"), arguments, {{QStringLiteral("verify"), runVerify}});
}

} // namespace casedesk::cli
