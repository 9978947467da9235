// user add / list / set: the people who work at this desk and their roles.

#include "cli_support.h"

#include "export/workflow_json.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace casedesk::cli {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

Error usageError(const QString &message) { return Error{ErrorCode::InvalidInput, message, {}}; }

QString roleCodes()
{
    QStringList codes;
    for (Role role : allRoles())
        codes << codeOf(role);
    return codes.join(QStringLiteral(", "));
}

QCommandLineOption roleOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("role"), description.arg(roleCodes()), Msg::tr("R"));
}

std::optional<Role> parseRole(const QString &code)
{
    const auto role = roleFromCode(code.trimmed());
    if (!role)
        printErr(Msg::tr("casedesk-cli: unknown role \"%1\"; use one of: %2.").arg(code, roleCodes()));
    return role;
}

QString describe(const User &user)
{
    return QStringList{user.name, labelOf(user.role) + QStringLiteral(" (") + codeOf(user.role) + QLatin1Char(')'),
                       user.active ? Msg::tr("active") : Msg::tr("inactive")}
        .join(QLatin1Char('\t'));
}

int runAdd(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli user add NAME [--role R] --database FILE"),
                             Msg::tr("Add a user. Caseworkers handle cases, supervisors also reopen them, "
                                     "administrators manage users and do no case work."));
    command.addDatabaseOption();
    const QCommandLineOption role = roleOption(Msg::tr("The role: %1 (default caseworker)."));
    command.parser().addOption(role);
    command.parser().addPositionalArgument(QStringLiteral("NAME"), Msg::tr("The user's name, as cases will show it."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QStringList names = command.parser().positionalArguments();
    if (names.size() != 1)
        return fail(usageError(Msg::tr("Give exactly one user name.")));
    Role chosen = Role::Caseworker;
    if (command.parser().isSet(role)) {
        const auto parsed = parseRole(command.parser().value(role));
        if (!parsed)
            return UserError;
        chosen = *parsed;
    }
    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    auto added = UserRepository(database.value()->connection()).add(names.first(), chosen);
    if (!added)
        return fail(added.error());
    printOut(describe(added.value()));
    return Success;
}

int runList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli user list [--json] --database FILE"),
                             Msg::tr("List the users, active and inactive, by name."));
    command.addDatabaseOption();
    const QCommandLineOption asJson(QStringLiteral("json"), Msg::tr("Print JSON."));
    command.parser().addOption(asJson);
    if (auto stop = command.parse(arguments))
        return *stop;
    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    auto users = UserRepository(database.value()->connection()).list();
    if (!users)
        return fail(users.error());
    if (command.parser().isSet(asJson)) {
        QJsonArray rows;
        for (const User &user : users.value())
            rows.append(userToJson(user));
        printJson(rows);
        return Success;
    }
    for (const User &user : users.value())
        printOut(describe(user));
    return Success;
}

int runSet(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli user set NAME [--role R] [--active | --inactive] --database FILE"),
        Msg::tr("Change a user's role, or let someone who left stop acting (their name stays on old cases)."));
    command.addDatabaseOption();
    const QCommandLineOption role = roleOption(Msg::tr("The new role: %1."));
    const QCommandLineOption active(QStringLiteral("active"), Msg::tr("The user may act again."));
    const QCommandLineOption inactive(QStringLiteral("inactive"), Msg::tr("The user may no longer act."));
    for (const auto &option : {role, active, inactive})
        command.parser().addOption(option);
    command.parser().addPositionalArgument(QStringLiteral("NAME"), Msg::tr("The user's name."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return fail(usageError(Msg::tr("Give exactly one user name.")));
    if (parser.isSet(active) && parser.isSet(inactive))
        return fail(usageError(Msg::tr("Give --active or --inactive, not both.")));
    if (!parser.isSet(role) && !parser.isSet(active) && !parser.isSet(inactive))
        return fail(usageError(Msg::tr("Nothing to change: give --role, --active or --inactive.")));
    std::optional<Role> newRole;
    if (parser.isSet(role) && !(newRole = parseRole(parser.value(role))))
        return UserError;

    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    UserRepository users(database.value()->connection());
    if (newRole) {
        if (auto changed = users.setRole(names.first(), *newRole); !changed)
            return fail(changed.error());
    }
    if (parser.isSet(active) || parser.isSet(inactive)) {
        if (auto changed = users.setActive(names.first(), parser.isSet(active)); !changed)
            return fail(changed.error());
    }
    auto user = users.findByName(names.first());
    if (!user)
        return fail(user.error());
    printOut(describe(user.value()));
    return Success;
}

} // namespace

int runUser(const QStringList &arguments)
{
    return dispatch(QStringLiteral("user"), arguments,
                    {{QStringLiteral("add"), runAdd},
                     {QStringLiteral("list"), runList},
                     {QStringLiteral("set"), runSet}});
}

} // namespace casedesk::cli
