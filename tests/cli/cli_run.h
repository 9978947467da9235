#pragma once

#include <QString>
#include <QStringList>

// Runs the real casedesk-cli (CASEDESK_CLI_PATH) for the CLI tests, with English messages.

namespace casedesk::test {

struct Run {
    int exitCode;
    QString out;
    QString err;
};

// Every user these tests sign in as has the demo password: the demo's users have it, and
// the users the tests add (user add, init --admin) get it through CASEDESK_NEW_PASSWORD.
inline const QString kPassword = QStringLiteral("demo1234");
inline const QString kAdmin = QStringLiteral("管理员"); // the demo database's administrator

// `password` is what the command signs in with (CASEDESK_PASSWORD); `newPassword` what it
// gives a user it adds (CASEDESK_NEW_PASSWORD).
Run cli(const QStringList &arguments, const QString &password = kPassword, const QString &newPassword = kPassword);

// cli() with more environment variables (name, value) for this one run.
Run cliWithEnvironment(const QStringList &arguments, const QList<QPair<QString, QString>> &extraEnvironment,
                       const QString &password = kPassword);

// The name of a demo database's supervisor (a random name).
QString demoSupervisor(const QString &db);

} // namespace casedesk::test
