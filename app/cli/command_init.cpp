#include "cli_case_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "auth/desk_administration.h"
#include "auth/sign_in_service.h"
#include "storage/migrations.h"
#include "storage/server_url.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace casedesk::cli {
namespace {
// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
// A file this command created, with SQLite's side files, removed after a failed set-up.
void removeIfNew(const QString &path, bool existed)
{
    if (existed || path.isEmpty())
        return;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

// init creates or upgrades a file and sets it up. While nobody can sign in (a new file, or
// one from before sign-in existed) the file is being set up: --admin NAME creates its first
// administrator with the new password given as for `user add` (--new-password-file,
// CASEDESK_NEW_PASSWORD or asked twice), and --prefix / --council may be set without signing in.
// A new file whose administrator could not be created is removed again: no file is left
// that nobody can sign in to.
// Once someone can sign in, changing the prefix or council name needs --as an administrator.
int runInit(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli init --database FILE [--admin NAME] [--prefix P] "
                                            "[--council NAME] [--as USER]"),
                             Msg::tr("Create a new database, or bring an existing one up to this version's schema. "
                                     "--admin creates the first administrator (password from --new-password-file, "
                                     "CASEDESK_NEW_PASSWORD or asked twice)."));
    command.addDatabaseOption();
    return initialiseDatabase(command, arguments, Database::OpenMode::CreateIfMissing);
}

int initialiseDatabase(SubcommandParser &command, const QStringList &arguments, Database::OpenMode mode)
{
    const QCommandLineOption admin(QStringLiteral("admin"), Msg::tr("Create the first administrator, NAME."),
                                   Msg::tr("NAME"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), Msg::tr("Case number prefix, e.g. 长宁."), Msg::tr("P"));
    const QCommandLineOption council(QStringLiteral("council"), Msg::tr("The council's name for documents."), Msg::tr("NAME"));
    const QCommandLineOption newPasswordFile = newPasswordFileOption();
    for (const auto &option : {admin, prefix, council, newPasswordFile})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();

    // The new administrator's password before anything is created.
    QString adminPassword;
    if (parser.isSet(admin)) {
        auto password = newPassword(parser, newPasswordFile, parser.value(admin));
        if (!password)
            return fail(password.error());
        adminPassword = password.value();
    }
    const QString path = command.databaseLocation();
    // A server database is set up in one transaction: nothing to remove after a failure there.
    const bool existed = ServerUrl::isServerUrl(path) || QFileInfo::exists(path);
    auto database = command.openDatabase(mode);
    if (!database) {
        removeIfNew(path, existed);
        return fail(database.error());
    }
    const QSqlDatabase db = database.value()->connection();
    SignInService signIns(db);
    auto settingUp = signIns.needsFirstAdministrator();
    if (!settingUp)
        return fail(settingUp.error());

    QString actor;
    if (parser.isSet(admin)) {
        auto created = signIns.createFirstAdministrator(parser.value(admin), adminPassword, HashCost::Interactive);
        if (!created) {
            database.value().reset();
            removeIfNew(path, existed);
            return fail(created.error());
        }
        actor = created->name;
        printOut(Msg::tr("Administrator %1 can now sign in.").arg(actor));
    } else if (!settingUp.value() && (parser.isSet(prefix) || parser.isSet(council))) {
        auto signedIn = signedInName(db, parser, as);
        if (!signedIn)
            return fail(signedIn.error());
        actor = signedIn.value();
    }

    // A council name that would be refused stops before the prefix is written.
    if (parser.isSet(council)) {
        if (auto checked = DeskAdministration::checkCouncilName(parser.value(council)); !checked)
            return fail(checked.error());
    }
    if (actor.isEmpty()) {
        // Set-up: nobody can sign in yet, so nobody could be asked (see above).
        const auto given = [&parser](const QCommandLineOption &option) {
            return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
        };
        if (auto saved = DeskAdministration(db).setUpDesk(given(prefix), given(council)); !saved)
            return fail(saved.error());
    } else {
        DeskAdministration desk(db);
        if (parser.isSet(prefix)) {
            if (auto saved = desk.setCaseNumberPrefix(actor, parser.value(prefix)); !saved)
                return fail(saved.error());
        }
        if (parser.isSet(council)) {
            if (auto saved = desk.setCouncilName(actor, parser.value(council)); !saved)
                return fail(saved.error());
        }
    }
    printOut(Msg::tr("Database ready: %1 (schema version %2)")
                 .arg(ServerUrl::isServerUrl(path) ? database.value()->location()
                                                   : QDir::toNativeSeparators(database.value()->path()))
                 .arg(database.value()->schemaVersion()));
    if (settingUp.value() && !parser.isSet(admin))
        printOut(Msg::tr("Nobody can sign in yet: run init again with --admin NAME to create the administrator."));
    return Success;
}

} // namespace casedesk::cli
