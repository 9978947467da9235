// case pause / case resume: stop a case's deadline clock for appraisal or testing (鉴定/检测).

#include "cli_case_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "storage/clock_pause_repository.h"

#include <QCoreApplication>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


int runClock(const QStringList &arguments, bool pause)
{
    SubcommandParser command(pause ? QStringLiteral("casedesk-cli case pause ID --reason TEXT --database FILE "
                                                    "[--at DATETIME] [--as USER]")
                                   : QStringLiteral("casedesk-cli case resume ID --database FILE [--at DATETIME] "
                                                    "[--as USER]"),
                             pause ? Msg::tr("Stop the case's deadline clock while goods are appraised or tested.")
                                   : Msg::tr("Restart the case's deadline clock when the appraisal or test is back."));
    command.addDatabaseOption();
    const QCommandLineOption reason(QStringLiteral("reason"), Msg::tr("What is appraised or tested."), Msg::tr("TEXT"));
    const QCommandLineOption at(QStringLiteral("at"), Msg::tr("When (YYYY-MM-DDTHH:MM, default now)."),
                                Msg::tr("DATETIME"));
    const SignInOptions as = addSignInOptions(command.parser());
    if (pause)
        command.parser().addOption(reason);
    command.parser().addOption(at);
    command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto id = singleId(command.parser());
    if (!id)
        return fail(usageError(Msg::tr("Give exactly one case number or id.")));
    if (pause && command.parser().value(reason).trimmed().isEmpty())
        return fail(usageError(Msg::tr("Say what is appraised or tested with --reason TEXT.")));
    QDateTime when = QDateTime::currentDateTime();
    if (command.parser().isSet(at)) {
        when = QDateTime::fromString(command.parser().value(at), Qt::ISODate);
        if (!when.isValid())
            return fail(usageError(Msg::tr("The time must be written as YYYY-MM-DDTHH:MM.")));
    }

    auto session = openCaseSession(command, as, *id);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    ClockPauseRepository pauses(db);
    auto done =
        pause ? pauses.start(session->complaint.id, when, command.parser().value(reason).trimmed(), session->actor)
              : pauses.end(session->complaint.id, when, session->actor);
    if (!done)
        return fail(done.error());
    printOut(pause ? Msg::tr("%1: clock stopped at %2.").arg(session->complaint.caseNumber, when.toString(Qt::ISODate))
                   : Msg::tr("%1: clock running again from %2.")
                         .arg(session->complaint.caseNumber, when.toString(Qt::ISODate)));
    return Success;
}

} // namespace

int runCasePause(const QStringList &arguments)
{
    return runClock(arguments, true);
}
int runCaseResume(const QStringList &arguments)
{
    return runClock(arguments, false);
}

} // namespace casedesk::cli
