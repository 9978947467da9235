#include "cli_case_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "auth/permissions.h"
#include "auth/restore_authorization.h"
#include "storage/backups.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace casedesk::cli {
namespace {
// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


// Who may restore (core/auth/restore_authorization.h, the window's rule too), with the name
// and password of --as and the password sources.
Status authorizeRestore(const QString &databasePath, const QString &backupFile, const QCommandLineParser &parser,
                        const SignInOptions &as)
{
    auto actor = claimedName(parser, as);
    if (!actor)
        return actor.error();
    auto password = actorPassword(parser, as);
    if (!password)
        return password.error();
    return casedesk::authorizeRestore(databasePath, backupFile, actor.value(), password.value());
}

int runBackupCommand(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli backup --out FILE [--as USER] --database FILE"),
                             Msg::tr("Write a complete, checked copy of the database to FILE (readable by you "
                                     "only). Safe while others are working."));
    command.addDatabaseOption();
    const QCommandLineOption out(QStringLiteral("out"), Msg::tr("The backup FILE to write."), Msg::tr("FILE"));
    command.parser().addOption(out);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    if (command.parser().value(out).isEmpty())
        return fail(usageError(Msg::tr("Give the backup file with --out FILE.")));
    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    auto actor = signedInName(database.value()->connection(), command.parser(), as);
    if (!actor)
        return fail(actor.error());
    if (auto allowed = authorize(database.value()->connection(), actor.value(), Permission::ManageBackups); !allowed)
        return fail(allowed.error());
    const QString file = command.parser().value(out);
    if (auto written = backupDatabase(*database.value(), file); !written)
        return fail(written.error());
    printOut(Msg::tr("Backup written: %1").arg(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())));
    return Success;
}

int runRestoreCommand(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli restore BACKUP [--as USER] --database FILE"),
                             Msg::tr("Replace the database with a backup. The backup is checked first (integrity, "
                                     "that it is CaseDesk's, its schema version); the old file is kept as "
                                     "FILE.before-restore."));
    command.addDatabaseOption();
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("BACKUP"), Msg::tr("The backup file to restore."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto backup = singleId(command.parser());
    if (!backup)
        return fail(usageError(Msg::tr("Give exactly one backup file.")));
    const QString databasePath = command.parser().value(QStringLiteral("database"));
    if (databasePath.isEmpty())
        return fail(usageError(Msg::tr("Give the database file with --database FILE.")));
    // The backup is checked before anything else, so a bad file is refused with its own reason.
    if (auto checked = checkBackupFile(*backup); !checked)
        return fail(checked.error());
    if (auto allowed = authorizeRestore(databasePath, *backup, command.parser(), as); !allowed)
        return fail(allowed.error());
    auto restored = restoreDatabase(*backup, databasePath);
    if (!restored)
        return fail(restored.error());
    // The restored file is opened (and brought up to this version's schema) before we say it worked.
    auto opened = Database::open(databasePath, Database::OpenMode::OpenExisting);
    if (!opened)
        return fail(opened.error());
    printOut(Msg::tr("Restored %1 from %2.")
                 .arg(QDir::toNativeSeparators(opened.value()->path()), QDir::toNativeSeparators(*backup)));
    if (!restored->keptAs.isEmpty())
        printOut(Msg::tr("The previous file was kept as %1.").arg(QDir::toNativeSeparators(restored->keptAs)));
    return Success;
}

} // namespace

int runBackup(const QStringList &arguments) { return runBackupCommand(arguments); }
int runRestore(const QStringList &arguments) { return runRestoreCommand(arguments); }

} // namespace casedesk::cli
