// casedesk-cli: the same core as the desktop application, for scripts and automation.

#include "cli_support.h"
#include "data_location.h"
#include "language_setup.h"
#include "storage/driver_notes.h"
#include "storage/trail_anchors.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

using namespace casedesk;

#ifdef Q_OS_WIN
#include <windows.h>
#endif

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
              "  server       an office's PostgreSQL server: init (set up an empty database), upgrade,\n"
              "               import (a file onto the server), export (the server into a file)\n"
              "  demo         write realistic demo cases\n"
              "  case list    list cases\n"
              "  case show    show one case, with its due dates\n"
              "  case add     register complaints from JSON\n"
              "  import       register work orders from a 12315 or 12345 download (.xlsx or .csv)\n"
              "  case transition  move a case to another status (workflow rules)\n"
              "  case assign  give a case to a caseworker\n"
              "  case contact record the first contact with the complainant (24-hour first response)\n"
              "  case history show a case's timeline and audit trail\n"
              "  case pause / case resume  stop or restart a case's deadline clock (appraisal, testing)\n"
              "  case reveal  show a complainant's full phone or ID number (supervisors; logged)\n"
              "  user         add, list and change users, their roles and passwords\n"
              "  retention    anonymise personal data of cases closed long ago (--preview, --apply)\n"
              "  workdays add      the N-th working day after a date\n"
              "  workdays between  working days between two dates\n"
              "  calendar     import a year's holiday notice, set or clear a day, show a year\n"
              "  rules        list and add deadline rule sets\n"
              "  audit verify check that nobody changed or deleted audit records behind CaseDesk's back\n"
              "  backup       write a checked copy of the database (--out FILE)\n"
              "  restore      replace the database with a checked backup\n"
              "  mediator     add and list mediators (staff, people's mediators, volunteer lawyers, experts)\n"
              "  court        add and list courts and circuit hearing points\n"
              "  session      book and list mediation sessions (the agenda)\n"
              "  agreement    draft, sign and track a mediation agreement; agreement CASE --out FILE.pdf\n"
              "  referral     refer to a court, hearings, outcome; referral CASE --out FILE.pdf\n"
              "  letter       letters to the complainant as PDF, recorded as sent; letter list CASE\n"
              "  talk         talks (约谈) with a business: add, list, check a promise, print the record\n"
              "  enterprise   networked enterprises: agreement, list, answer (settled a forwarded case or not)\n"
              "  stats        statistics of a period (--json for programs)\n"
              "  report       the monthly, quarterly or annual report as PDF\n"
              "  notice-quarter  the quarterly notice on the networked enterprises as PDF or Excel\n"
              "  platform-results  closed 12315 work orders' results as Excel, to paste into the platform\n"
              "  followup     follow-up visits, the monthly spot check, typical cases\n"
              "  alerts       early warnings: sudden runs of complaints against one business\n"
              "  group        group cases: list, show, create, outcome, move, roster\n"
              "  points       liaison points (联络点): list, add, show, import, merge, ledger-import, lead,\n"
              "               report, sheet, score, ranking, model (示范联络点评选)\n"
              "  fund         first-compensation funds: list, create, top-up, payout, statement\n"
              "  recovered    money recovered for a case, one entry per sum: list, add, remove, above\n\n"
              "Commands that read or change cases sign in: --as USER (default: your login name) and the\n"
              "password from --password-file FILE, the CASEDESK_PASSWORD variable or a prompt.\n\n"
              "Every command accepts --help. Exit codes: 0 success, 1 user error, 2 internal error.");
}

// Qt Gui's start-up notes (no XDG runtime folder on a server, and the like) are not the
// user's business in a PDF command; real warnings and errors still go through.
void quietGuiNotes(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg || message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    Q_UNUSED(context);
    fprintf(stderr, "%s\n", message.toUtf8().constData());
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // Chinese output: Qt writes UTF-8, and a Windows console shows it only on code page 65001
    // (its default is the local ANSI page, 936 on a Chinese desk).
    SetConsoleOutputCP(CP_UTF8);
#endif
    // The PDF commands lay out text with Qt Gui's fonts, and `report` draws charts with
    // widgets: they alone get a (headless) application; every other command stays a plain
    // console program.
    const bool printsDocuments = argc > 1 && (qstrcmp(argv[1], "agreement") == 0 || qstrcmp(argv[1], "referral") == 0 ||
                                              qstrcmp(argv[1], "letter") == 0 || qstrcmp(argv[1], "talk") == 0 ||
                                              qstrcmp(argv[1], "report") == 0 ||
                                              qstrcmp(argv[1], "notice-quarter") == 0 ||
                                              (qstrcmp(argv[1], "points") == 0 && argc > 2 &&
                                               qstrcmp(argv[2], "report") == 0));
    if (printsDocuments && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (printsDocuments)
        qInstallMessageHandler(quietGuiNotes);
    installDriverNoteFilter();
    std::unique_ptr<QCoreApplication> app(printsDocuments ? new QApplication(argc, argv)
                                                          : new QCoreApplication(argc, argv));
    setApplicationIdentity();
    // This desk keeps the heads of the trails it saw, outside the file (trail_anchors.h).
    DeskAnchors::setEnabled(true);
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
    if (command == QLatin1String("server"))
        return cli::runServer(arguments);
    if (command == QLatin1String("demo"))
        return cli::runDemo(arguments);
    if (command == QLatin1String("case"))
        return cli::runCase(arguments);
    if (command == QLatin1String("user"))
        return cli::runUser(arguments);
    if (command == QLatin1String("retention"))
        return cli::runRetention(arguments);
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
    if (command == QLatin1String("mediator"))
        return cli::runMediator(arguments);
    if (command == QLatin1String("court"))
        return cli::runCourt(arguments);
    if (command == QLatin1String("session"))
        return cli::runSession(arguments);
    if (command == QLatin1String("agreement"))
        return cli::runAgreement(arguments);
    if (command == QLatin1String("referral"))
        return cli::runReferral(arguments);
    if (command == QLatin1String("letter"))
        return cli::runLetter(arguments);
    if (command == QLatin1String("talk"))
        return cli::runTalk(arguments);
    if (command == QLatin1String("enterprise"))
        return cli::runEnterprise(arguments);
    if (command == QLatin1String("stats"))
        return cli::runStats(arguments);
    if (command == QLatin1String("import"))
        return cli::runWorkOrderImport(arguments);
    if (command == QLatin1String("platform-results"))
        return cli::runPlatformResults(arguments);
    if (command == QLatin1String("notice-quarter"))
        return cli::runNoticeQuarter(arguments);
    if (command == QLatin1String("report"))
        return cli::runReport(arguments);
    if (command == QLatin1String("followup"))
        return cli::runFollowUp(arguments);
    if (command == QLatin1String("alerts"))
        return cli::runAlerts(arguments);
    if (command == QLatin1String("group"))
        return cli::runGroup(arguments);
    if (command == QLatin1String("points"))
        return cli::runPoints(arguments);
    if (command == QLatin1String("fund"))
        return cli::runFund(arguments);
    if (command == QLatin1String("recovered"))
        return cli::runRecovered(arguments);
    cli::printErr(Msg::tr("casedesk-cli: unknown command \"%1\".").arg(command));
    cli::printErr(overview());
    return cli::UserError;
}
