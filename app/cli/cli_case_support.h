#pragma once

#include "cli_sign_in.h"
#include "cli_support.h"
#include "domain/complaint.h"
#include "result.h"

#include <QCommandLineParser>
#include <QSqlDatabase>

#include <functional>
#include <optional>

// What the subcommands share: a signed-in session on the database, and which case is meant
// (how the user signs in: cli_sign_in.h).

namespace casedesk::cli {

// ID: the case number, or the internal id when all digits.
Result<Complaint> findCase(const QSqlDatabase &db, const QString &id);

// The one positional argument, if there is exactly one.
std::optional<QString> singleId(const QCommandLineParser &parser);

// A signed-in user on the database: how most subcommands begin.
struct Session {
    std::unique_ptr<Database> database; // keeps the connection open
    QSqlDatabase db;
    QString actor; // the signed-in user
};
// Opens the database and signs in (--as and a password); the first thing that fails is the error.
Result<Session> openSession(SubcommandParser &command, const SignInOptions &as);

// The same at work on one case.
struct CaseSession : Session {
    Complaint complaint; // the case as stored
};
// Opens the database, signs in and finds case `id`, in that order.
Result<CaseSession> openCaseSession(SubcommandParser &command, const SignInOptions &as, const QString &id);

// A subcommand that writes one paper of a case as a PDF: `casedesk-cli NAME CASE --out FILE.pdf`.
struct CasePaperCommand {
    QString usage;
    QString description;
    // Writes the paper of case `caseId` into `file`, read as `actor`.
    std::function<Status(const QSqlDatabase &db, qint64 caseId, const QString &actor, const QString &file)> write;
    QString written; // printed afterwards: %1 the case number, %2 the file
};
int runCasePaperPdf(const QStringList &arguments, const CasePaperCommand &paper);

} // namespace casedesk::cli
