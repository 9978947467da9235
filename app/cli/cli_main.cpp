// casedesk-cli: the same core as the desktop application, for scripts and automation.

#include "cli_support.h"
#include "data_location.h"
#include "language_setup.h"

#include <QCoreApplication>

using namespace casedesk;

namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString overview()
{
    return Msg::tr("Usage: casedesk-cli COMMAND [options]\n\n"
              "Commands:\n"
              "  init         create or upgrade a database file\n"
              "  demo         write realistic demo cases\n"
              "  case list    list cases\n"
              "  case show    show one case, with its due dates\n"
              "  case add     register complaints from JSON\n"
              "  case transition  move a case to another status (workflow rules)\n"
              "  case assign  give a case to a caseworker\n"
              "  case history show a case's timeline and audit trail\n"
              "  case pause / case resume  stop or restart a case's deadline clock (appraisal, testing)\n"
              "  user         add, list and change users and their roles\n"
              "  workdays add      the N-th working day after a date\n"
              "  workdays between  working days between two dates\n"
              "  calendar     import a year's holiday notice, set or clear a day, show a year\n"
              "  rules        list and add deadline rule sets\n\n"
              "Every command accepts --help. Exit codes: 0 success, 1 user error, 2 internal error.") +
           QStringLiteral("\n\n") +
           // A block of its own, so the list above can grow in other branches without clashing.
           Msg::tr("Backups and audit:\n"
                   "  audit verify  check that nobody changed or deleted audit records behind CaseDesk's back\n"
                   "  backup        write a checked copy of the database (--out FILE)\n"
                   "  restore       replace the database with a checked backup (the old file is kept)");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    installLanguage(chooseLanguage({}));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        cli::printErr(overview());
        return cli::UserError;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        cli::printOut(overview());
        return cli::Success;
    }
    if (command == QLatin1String("--version")) {
        cli::printOut(QStringLiteral("casedesk-cli ") + QCoreApplication::applicationVersion());
        return cli::Success;
    }
    if (command == QLatin1String("init"))
        return cli::runInit(arguments);
    if (command == QLatin1String("demo"))
        return cli::runDemo(arguments);
    if (command == QLatin1String("case"))
        return cli::runCase(arguments);
    if (command == QLatin1String("user"))
        return cli::runUser(arguments);
    if (command == QLatin1String("workdays"))
        return cli::runWorkdays(arguments);
    if (command == QLatin1String("calendar"))
        return cli::runCalendar(arguments);
    if (command == QLatin1String("rules"))
        return cli::runRules(arguments);
    if (command == QLatin1String("audit"))
        return cli::runAudit(arguments);
    if (command == QLatin1String("backup"))
        return cli::runBackup(arguments);
    if (command == QLatin1String("restore"))
        return cli::runRestore(arguments);
    cli::printErr(Msg::tr("casedesk-cli: unknown command \"%1\".").arg(command));
    cli::printErr(overview());
    return cli::UserError;
}
