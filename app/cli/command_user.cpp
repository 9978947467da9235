// user add / list / set / passwd / unlock: the people who work at this desk, their roles
// and passwords. Managing users is for administrators (signed in with --as).

#include "cli_case_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "auth/permissions.h"
#include "auth/sign_in_service.h"
#include "auth/user_administration.h"

#include "export/workflow_json.h"
#include "storage/desk_event_repository.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casedesk::cli {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};


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
    QStringList parts{user.name, labelOf(user.role) + QStringLiteral(" (") + codeOf(user.role) + QLatin1Char(')'),
                      user.active ? Msg::tr("active") : Msg::tr("inactive")};
    if (!user.hasPassword)
        parts << Msg::tr("no password");
    if (user.lockedUntil.isValid() && user.lockedUntil > QDateTime::currentDateTime())
        parts << Msg::tr("locked until %1").arg(user.lockedUntil.toString(QStringLiteral("HH:mm")));
    return parts.join(QLatin1Char('\t'));
}

int runAdd(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli user add NAME [--role R] [--new-password-file FILE] "
                                            "--database FILE --as ADMIN"),
                             Msg::tr("Add a user with a password. Caseworkers handle cases, supervisors also reopen "
                                     "them, administrators manage users and do no case work, auditors only read."));
    command.addDatabaseOption();
    const QCommandLineOption role = roleOption(Msg::tr("The role: %1 (default caseworker)."));
    const QCommandLineOption passwordFile = newPasswordFileOption();
    command.parser().addOption(role);
    command.parser().addOption(passwordFile);
    const SignInOptions as = addSignInOptions(command.parser());
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
    const QSqlDatabase db = database.value()->connection();
    const auto actor = signedInName(db, command.parser(), as);
    if (!actor)
        return fail(actor.error());
    auto password = newPassword(command.parser(), passwordFile, names.first());
    if (!password)
        return fail(password.error());
    auto added = UserAdministration(db).addUser(actor.value(), names.first(), chosen, password.value(),
                                                HashCost::Interactive);
    if (!added)
        return fail(added.error());
    printOut(describe(added.value()));
    return Success;
}

int runList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli user list [--json] --database FILE [--as USER]"),
                             Msg::tr("List the users, active and inactive, by name."));
    command.addDatabaseOption();
    const QCommandLineOption asJson(QStringLiteral("json"), Msg::tr("Print JSON."));
    command.parser().addOption(asJson);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto users = UserRepository(session->db).list();
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
        QStringLiteral("casedesk-cli user set NAME [--role R] [--active | --inactive] --database FILE --as ADMIN"),
        Msg::tr("Change a user's role, or let someone who left stop acting (their name stays on old cases)."));
    command.addDatabaseOption();
    const QCommandLineOption role = roleOption(Msg::tr("The new role: %1."));
    const QCommandLineOption active(QStringLiteral("active"), Msg::tr("The user may act again."));
    const QCommandLineOption inactive(QStringLiteral("inactive"), Msg::tr("The user may no longer act."));
    for (const auto &option : {role, active, inactive})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
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
    const QSqlDatabase db = database.value()->connection();
    const auto actor = signedInName(db, parser, as);
    if (!actor)
        return fail(actor.error());
    UserAdministration users(db);
    if (newRole) {
        if (auto changed = users.setRole(actor.value(), names.first(), *newRole); !changed)
            return fail(changed.error());
    }
    if (parser.isSet(active) || parser.isSet(inactive)) {
        if (auto changed = users.setActive(actor.value(), names.first(), parser.isSet(active)); !changed)
            return fail(changed.error());
    }
    auto user = UserRepository(db).findByName(names.first());
    if (!user)
        return fail(user.error());
    printOut(describe(user.value()));
    return Success;
}

int runPasswd(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli user passwd [NAME] [--new-password-file FILE] --database FILE --as USER"),
        Msg::tr("Change a password. Without NAME, your own (proving the current one); with NAME, an administrator "
                "sets a new password for that user and lifts any lock-out."));
    command.addDatabaseOption();
    const QCommandLineOption passwordFile = newPasswordFileOption();
    command.parser().addOption(passwordFile);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("NAME"), Msg::tr("The user's name."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QStringList names = command.parser().positionalArguments();
    if (names.size() > 1)
        return fail(usageError(Msg::tr("Give at most one user name.")));
    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    const QSqlDatabase db = database.value()->connection();
    if (names.isEmpty()) {
        auto self = claimedName(command.parser(), as);
        if (!self)
            return fail(self.error());
        auto current = actorPassword(command.parser(), as);
        if (!current)
            return fail(current.error());
        auto password = newPassword(command.parser(), passwordFile, self.value());
        if (!password)
            return fail(password.error());
        if (auto changed = SignInService(db).changeOwnPassword(self.value(), current.value(), password.value(),
                                                               HashCost::Interactive);
            !changed)
            return fail(changed.error());
        printOut(Msg::tr("Password changed."));
        return Success;
    }
    const auto actor = signedInName(db, command.parser(), as);
    if (!actor)
        return fail(actor.error());
    auto password = newPassword(command.parser(), passwordFile, names.first());
    if (!password)
        return fail(password.error());
    auto user = UserAdministration(db).resetPassword(actor.value(), names.first(), password.value(),
                                                     HashCost::Interactive);
    if (!user)
        return fail(user.error());
    printOut(describe(user.value()));
    return Success;
}

int runUnlock(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli user unlock NAME --database FILE --as ADMIN"),
                             Msg::tr("Lift a lock-out after too many wrong passwords before it ends by itself."));
    command.addDatabaseOption();
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("NAME"), Msg::tr("The user's name."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QStringList names = command.parser().positionalArguments();
    if (names.size() != 1)
        return fail(usageError(Msg::tr("Give exactly one user name.")));
    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    const QSqlDatabase db = database.value()->connection();
    const auto actor = signedInName(db, command.parser(), as);
    if (!actor)
        return fail(actor.error());
    auto user = UserAdministration(db).unlock(actor.value(), names.first());
    if (!user)
        return fail(user.error());
    printOut(describe(user.value()));
    return Success;
}

int runLog(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli user log [--limit N] [--json] --database FILE --as USER"),
                             Msg::tr("Show the desk's log, newest first: sign-ins, refused passwords, lock-outs, "
                                     "users and settings changed, identified exports, retention runs. For those "
                                     "who may verify the audit trail (supervisors, administrators, auditors)."));
    command.addDatabaseOption();
    const QCommandLineOption limit(QStringLiteral("limit"), Msg::tr("At most N lines (default 50)."), Msg::tr("N"),
                                   QStringLiteral("50"));
    const QCommandLineOption asJson(QStringLiteral("json"), Msg::tr("Print JSON."));
    command.parser().addOption(limit);
    command.parser().addOption(asJson);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    bool ok = false;
    const int wanted = command.parser().value(limit).toInt(&ok);
    if (!ok || wanted < 1 || wanted > 100000)
        return fail(usageError(Msg::tr("--limit takes a whole number from 1 to 100000.")));
    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    const QSqlDatabase db = database.value()->connection();
    const auto actor = signedInName(db, command.parser(), as);
    if (!actor)
        return fail(actor.error());
    if (auto allowed = authorize(db, actor.value(), Permission::VerifyAudit); !allowed)
        return fail(allowed.error());
    auto events = DeskEventRepository(db).latest(wanted);
    if (!events)
        return fail(events.error());
    if (command.parser().isSet(asJson)) {
        QJsonArray rows;
        for (const DeskEvent &event : events.value()) {
            rows.append(QJsonObject{{QStringLiteral("at"), event.at.toString(Qt::ISODate)},
                                    {QStringLiteral("actor"), event.actor},
                                    {QStringLiteral("action"), event.action},
                                    {QStringLiteral("subject"), event.subject},
                                    {QStringLiteral("detail"), event.detail}});
        }
        printJson(rows);
        return Success;
    }
    for (const DeskEvent &event : events.value()) {
        printOut(QStringList{event.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), event.actor, event.action,
                             event.subject, event.detail}
                     .join(QLatin1Char('\t')));
    }
    return Success;
}

} // namespace

int runUser(const QStringList &arguments)
{
    return dispatch(QStringLiteral("user"), arguments,
                    {{QStringLiteral("add"), runAdd},
                     {QStringLiteral("list"), runList},
                     {QStringLiteral("set"), runSet},
                     {QStringLiteral("passwd"), runPasswd},
                     {QStringLiteral("unlock"), runUnlock},
                     {QStringLiteral("log"), runLog}});
}

} // namespace casedesk::cli
