#pragma once

#include "cli_sign_in.h"
#include "cli_support.h"
#include "domain/complaint.h"
#include "result.h"

#include <QCommandLineParser>
#include <QSqlDatabase>

#include <optional>

// What the case subcommands share: which case is meant (who acts: cli_sign_in.h).

namespace casedesk::cli {

// ID: the case number, or the internal id when all digits.
Result<Complaint> findCase(const QSqlDatabase &db, const QString &id);

// The one positional argument, if there is exactly one.
std::optional<QString> singleId(const QCommandLineParser &parser);

// A signed-in user at work on one case: how most case subcommands begin.
struct CaseSession {
    std::unique_ptr<Database> database; // keeps the connection open
    QSqlDatabase db;
    QString actor;       // the signed-in user
    Complaint complaint; // the case as stored
};
// Opens the database, signs in (--as and a password) and finds case `id`, in that order, so
// the first thing that fails is the error.
Result<CaseSession> openCaseSession(SubcommandParser &command, const SignInOptions &as, const QString &id);

} // namespace casedesk::cli
