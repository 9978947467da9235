#include "cli_support.h"

#include "storage/migrations.h"
#include "storage/settings_repository.h"

#include <QCoreApplication>
#include <QDir>

namespace casedesk::cli {
namespace {
// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runInit(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli init --database FILE [--prefix P] [--council NAME]"),
                             Msg::tr("Create a new database, or bring an existing one up to this version's schema."));
    command.addDatabaseOption();
    const QCommandLineOption prefix(QStringLiteral("prefix"), Msg::tr("Case number prefix, e.g. 长宁."), Msg::tr("P"));
    const QCommandLineOption council(QStringLiteral("council"), Msg::tr("The council's name for documents."), Msg::tr("NAME"));
    command.parser().addOption(prefix);
    command.parser().addOption(council);
    if (auto stop = command.parse(arguments))
        return *stop;

    auto database = command.openDatabase(true);
    if (!database)
        return fail(database.error());
    SettingsRepository settings(database.value()->connection());
    if (command.parser().isSet(prefix)) {
        if (auto saved = settings.setCaseNumberPrefix(command.parser().value(prefix)); !saved)
            return fail(saved.error());
    }
    if (command.parser().isSet(council)) {
        if (auto saved = settings.setValue(SettingsRepository::kCouncilName, command.parser().value(council)); !saved)
            return fail(saved.error());
    }
    printOut(Msg::tr("Database ready: %1 (schema version %2)")
                 .arg(QDir::toNativeSeparators(database.value()->path()))
                 .arg(database.value()->schemaVersion()));
    return Success;
}

} // namespace casedesk::cli
