#include "cli_support.h"

#include "storage/server_export.h"
#include "storage/server_import.h"
#include "storage/server_migrations.h"
#include "storage/server_url.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace casedesk::cli {
namespace {
// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// server init: the schema in an EMPTY server database and its first administrator, as `init`
// does for a file.
int runServerInit(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli server init --server URL --admin NAME [--prefix P] "
                                            "[--council NAME]"),
                             Msg::tr("Set up CaseDesk in an empty database on a PostgreSQL server and create its "
                                     "first administrator (password from --new-password-file, CASEDESK_NEW_PASSWORD "
                                     "or asked twice). A database that is not empty is refused."));
    command.addDatabaseOption();
    return initialiseDatabase(command, arguments, Database::OpenMode::CreateNew);
}

// server upgrade: every pending server schema step, in one transaction.
int runServerUpgrade(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli server upgrade --server URL"),
                             Msg::tr("Bring the server database's schema up to this version of CaseDesk, in one "
                                     "transaction. Upgrade once every desk has the new version."));
    command.addDatabaseOption();
    if (auto stop = command.parse(arguments))
        return *stop;
    if (!ServerUrl::isServerUrl(command.databaseLocation()))
        return fail(usageError(Msg::tr("Give the server with --server URL.")));
    auto database = command.openDatabase(Database::OpenMode::Upgrade);
    if (!database)
        return fail(database.error());
    printOut(Msg::tr("Server database ready: %1 (server schema version %2)")
                 .arg(database.value()->location())
                 .arg(database.value()->schemaVersion()));
    return Success;
}

// server import: a desk's whole SQLite file into an empty server database, all or nothing.
int runServerImport(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli server import --from FILE.db --server URL"),
                             Msg::tr("Copy a desk's whole CaseDesk database file (cases, timelines, audit trail, "
                                     "evidence, users, settings, calendar, rules, groups, funds, follow-ups) into an "
                                     "empty database on the server, in one transaction: all or nothing."));
    const QCommandLineOption from(QStringLiteral("from"), Msg::tr("The CaseDesk database file to copy."),
                                  QStringLiteral("FILE"));
    command.parser().addOption(from);
    command.addDatabaseOption();
    if (auto stop = command.parse(arguments))
        return *stop;
    if (!ServerUrl::isServerUrl(command.databaseLocation()))
        return fail(usageError(Msg::tr("Give the server with --server URL.")));
    if (command.parser().value(from).isEmpty())
        return fail(usageError(Msg::tr("Give the file to import with --from FILE.")));
    auto imported = importIntoServer(command.parser().value(from), command.databaseLocation(), [](int done, int total) {
        printErr(Msg::tr("Tables copied: %1 of %2").arg(done).arg(total));
        return true;
    });
    if (!imported)
        return fail(imported.error());
    printOut(Msg::tr("Imported %1 cases (%2 rows in %3 tables) into the server database.")
                 .arg(imported->cases)
                 .arg(imported->rows)
                 .arg(imported->tables));
    return Success;
}

// server export: the whole server database into a new file, for a laptop or an archive.
int runServerExport(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli server export --server URL --to FILE.db"),
                             Msg::tr("Write the server database's whole content (cases, timelines, audit trail, "
                                     "evidence, users, settings, calendar, rules, groups, funds, follow-ups) into a new "
                                     "CaseDesk database file, from one consistent moment: for a laptop at a circuit "
                                     "hearing, or an archive. The file appears only when it is complete."));
    const QCommandLineOption to(QStringLiteral("to"), Msg::tr("The new CaseDesk database file to write."),
                                QStringLiteral("FILE"));
    command.parser().addOption(to);
    command.addDatabaseOption();
    if (auto stop = command.parse(arguments))
        return *stop;
    if (!ServerUrl::isServerUrl(command.databaseLocation()))
        return fail(usageError(Msg::tr("Give the server with --server URL.")));
    if (command.parser().value(to).isEmpty())
        return fail(usageError(Msg::tr("Give the file to write with --to FILE.")));
    auto exported = exportFromServer(command.databaseLocation(), command.parser().value(to), [](int done, int total) {
        printErr(Msg::tr("Tables copied: %1 of %2").arg(done).arg(total));
        return true;
    });
    if (!exported)
        return fail(exported.error());
    printOut(Msg::tr("Exported %1 cases (%2 rows in %3 tables) into %4.")
                 .arg(exported->cases)
                 .arg(exported->rows)
                 .arg(exported->tables)
                 .arg(QDir::toNativeSeparators(QFileInfo(command.parser().value(to)).absoluteFilePath())));
    return Success;
}

} // namespace

int runServer(const QStringList &arguments)
{
    return dispatch(QStringLiteral("server"), arguments,
                    {{QStringLiteral("init"), runServerInit}, {QStringLiteral("upgrade"), runServerUpgrade},
                     {QStringLiteral("import"), runServerImport}, {QStringLiteral("export"), runServerExport}});
}

} // namespace casedesk::cli
