#pragma once

#include "result.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>

#include <utility>

#include <memory>
#include <optional>

namespace casedesk::cli {

// Exit codes of every subcommand.
enum ExitCode { Success = 0, UserError = 1, InternalError = 2 };

void printOut(const QString &text); // stdout, UTF-8, adds a newline
void printErr(const QString &text); // stderr, UTF-8, adds a newline
void printJson(const QJsonValue &value); // stdout, indented: an object or an array

// An Error's exit code: problems with the user's input or files are 1, anything else 2.
int exitCodeFor(const Error &error);
// Prints the error's message (and each field problem) and returns its exit code.
int fail(const Error &error);
// The error for a command line that cannot be carried out as given (a missing or wrong option).
Error usageError(const QString &message);

// A parser with --help and the given description; `usage` is the subcommand's synopsis.
class SubcommandParser {
public:
    SubcommandParser(const QString &usage, const QString &description);
    QCommandLineParser &parser() { return m_parser; }
    // --database FILE, and --server URL for an office's PostgreSQL server instead of a file.
    void addDatabaseOption();
    const QCommandLineOption &databaseOption() const { return m_database; }
    // The file or server URL given (--server wins when both are), empty if neither.
    QString databaseLocation() const;

    // Parses `arguments` (argv without the program and subcommand words). Returns an exit
    // code when the caller should stop at once: after --help, or on a usage error.
    std::optional<int> parse(const QStringList &arguments);

    // The --database file or --server opened (or created, if `create`), or an error already printed.
    Result<std::unique_ptr<Database>> openDatabase(bool create);
    Result<std::unique_ptr<Database>> openDatabase(Database::OpenMode mode);

private:
    QString m_usage;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_database;
    QCommandLineOption m_server;
};

// A command group such as `case` or `user`: runs the subcommand named by the first argument,
// or prints the group's usage (exit 0 for --help, 1 when missing or unknown).
using Subcommand = int (*)(const QStringList &arguments);
int dispatch(const QString &group, const QStringList &arguments,
             const QList<std::pair<QString, Subcommand>> &subcommands);

int runInit(const QStringList &arguments);
// Sets up the database `command` names (the body of init and server init).
int initialiseDatabase(SubcommandParser &command, const QStringList &arguments, Database::OpenMode mode);
int runServer(const QStringList &arguments); // command_server.cpp
int runDemo(const QStringList &arguments);
int runCase(const QStringList &arguments);
int runCaseTransition(const QStringList &arguments); // command_case_workflow.cpp
int runCaseAssign(const QStringList &arguments);
int runCaseContact(const QStringList &arguments);
int runCaseHistory(const QStringList &arguments);
int runCaseAdd(const QStringList &arguments);    // command_case_add.cpp
int runCasePause(const QStringList &arguments);  // command_case_clock.cpp
int runCaseResume(const QStringList &arguments);
int runCaseReveal(const QStringList &arguments);  // command_case_reveal.cpp
int runUser(const QStringList &arguments);
int runRetention(const QStringList &arguments); // command_retention.cpp
int runWorkdays(const QStringList &arguments); // command_workdays.cpp
int runCalendar(const QStringList &arguments); // command_calendar.cpp
int runRules(const QStringList &arguments);    // command_rules.cpp
int runAudit(const QStringList &arguments);    // command_audit.cpp
int runBackup(const QStringList &arguments);   // command_backup.cpp
int runRestore(const QStringList &arguments);
int runMediator(const QStringList &arguments); // command_mediation.cpp
int runCourt(const QStringList &arguments);
int runSession(const QStringList &arguments);
int runAgreement(const QStringList &arguments); // command_agreement.cpp
int runReferral(const QStringList &arguments);  // command_referral.cpp
int runLetter(const QStringList &arguments);    // command_letter.cpp
int runTalk(const QStringList &arguments);      // command_talk.cpp
int runEnterprise(const QStringList &arguments); // command_enterprise.cpp
int runNoticeQuarter(const QStringList &arguments); // command_notice.cpp
int runPlatformResults(const QStringList &arguments); // command_platform_results.cpp
int runWorkOrderImport(const QStringList &arguments); // command_import.cpp
int runStats(const QStringList &arguments);    // command_stats.cpp
int runReport(const QStringList &arguments);   // command_report.cpp (needs a QApplication)
int runFollowUp(const QStringList &arguments); // command_followup.cpp
int runAlerts(const QStringList &arguments);   // command_alerts.cpp
int runGroup(const QStringList &arguments);    // command_group.cpp
int runPoints(const QStringList &arguments);   // command_points.cpp
int runFund(const QStringList &arguments);     // command_fund.cpp
int runRecovered(const QStringList &arguments); // command_recovered.cpp

} // namespace casedesk::cli
