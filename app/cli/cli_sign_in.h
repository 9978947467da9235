#pragma once

#include "result.h"
#include "storage/user_repository.h"

#include <QCommandLineParser>
#include <QSqlDatabase>

// How the CLI knows who acts: every command that reads cases or changes anything signs in
// as a user of the database, like the desktop application does.
//   --as USER            the user (default: the login name)
//   password             --password-file FILE (its first line), else the environment
//                        variable CASEDESK_PASSWORD, else a prompt when stdin is a terminal.
// A wrong password counts towards the lock-out exactly as in the windows.

namespace casedesk::cli {

struct SignInOptions {
    QCommandLineOption as;
    QCommandLineOption passwordFile;
};

// Adds --as and --password-file to the parser.
SignInOptions addSignInOptions(QCommandLineParser &parser);

// The signed-in user, or the refusal (wrong password, locked out, no password given).
Result<User> signIn(const QSqlDatabase &db, const QCommandLineParser &parser, const SignInOptions &options);

// The same, as the name the command acts under (what the core's services take as actor).
Result<QString> signedInName(const QSqlDatabase &db, const QCommandLineParser &parser, const SignInOptions &options);

// Who says they act, before any password is checked: --as, else the login name; a usage
// error when there is neither. Only for commands that prove the password themselves.
Result<QString> claimedName(const QCommandLineParser &parser, const SignInOptions &options);

// The acting user's password as the options and environment give it (see above).
Result<QString> actorPassword(const QCommandLineParser &parser, const SignInOptions &options);

// --new-password-file FILE, else CASEDESK_NEW_PASSWORD, else asked twice on a terminal:
// the password of a user being added or reset.
QCommandLineOption newPasswordFileOption();
Result<QString> newPassword(const QCommandLineParser &parser, const QCommandLineOption &file, const QString &forWhom);

} // namespace casedesk::cli
