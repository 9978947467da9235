// rules list / add: the effective-dated deadline rule sets.

#include "cli_calendar_support.h"

#include "auth/desk_administration.h"
#include "cli_sign_in.h"
#include "domain/codes.h"
#include "storage/deadline_rule_repository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace casedesk::cli {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kHotlineChannel = QStringLiteral("12345");

bool isHotline(DeadlineKind kind)
{
    return kind == DeadlineKind::HotlineSign || kind == DeadlineKind::HotlineReply ||
           kind == DeadlineKind::HotlineDispatch;
}

// --hotline-dispatch for hotline_dispatch, and so on.
QString optionName(DeadlineKind kind) { return codeOf(kind).replace(QLatin1Char('_'), QLatin1Char('-')); }

DeadlineUnit defaultUnit(DeadlineKind kind)
{
    return kind == DeadlineKind::HotlineDispatch || kind == DeadlineKind::FirstContact ? DeadlineUnit::Hours
                                                                                      : DeadlineUnit::WorkingDays;
}

// "7" (the kind's usual unit), "7wd" working days, "7d" calendar days, "2h" hours.
Result<DeadlineRule> parseLimit(DeadlineKind kind, const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,4})(wd|d|h)?$"));
    const auto match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return Error{ErrorCode::InvalidInput,
                     Msg::tr("--%1 takes a number with an optional unit: 7 or 7wd (working days), 7d (calendar "
                             "days), 2h (hours); \"%2\" is not one.")
                         .arg(optionName(kind), text),
                     {}};
    DeadlineRule rule;
    rule.kind = kind;
    rule.channel = isHotline(kind)                        ? kHotlineChannel
                   : kind == DeadlineKind::LiaisonReply ? codeOf(Channel::LiaisonPoint)
                                                        : QString();
    rule.amount = match.captured(1).toInt();
    const QString unit = match.captured(2);
    rule.unit = unit.isEmpty()                ? defaultUnit(kind)
                : unit == QLatin1String("wd") ? DeadlineUnit::WorkingDays
                : unit == QLatin1String("d")  ? DeadlineUnit::CalendarDays
                                              : DeadlineUnit::Hours;
    return rule;
}

QString describe(const DeadlineRule &rule)
{
    return QStringLiteral("  %1\t%2%3")
        .arg(codeOf(rule.kind), formatAmount(rule.amount, rule.unit),
             rule.channel.isEmpty() ? QString() : Msg::tr(" (channel %1)").arg(rule.channel));
}

QJsonObject toJson(const DeadlineRuleSet &set)
{
    QJsonArray rules;
    for (const DeadlineRule &rule : set.rules)
        rules.append(QJsonObject{{QStringLiteral("kind"), codeOf(rule.kind)},
                                 {QStringLiteral("channel"), rule.channel},
                                 {QStringLiteral("amount"), rule.amount},
                                 {QStringLiteral("unit"), codeOf(rule.unit)}});
    return {{QStringLiteral("id"), set.id},
            {QStringLiteral("name"), set.name},
            {QStringLiteral("effectiveFrom"), set.effectiveFrom.toString(Qt::ISODate)},
            {QStringLiteral("note"), set.note},
            {QStringLiteral("rules"), rules}};
}

int runList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli rules list [--json] --database FILE"),
                             Msg::tr("List the deadline rule sets, oldest first. A case follows the set in force on "
                                     "the day it was received."));
    command.addDatabaseOption();
    const QCommandLineOption asJson(QStringLiteral("json"), Msg::tr("Print JSON."));
    command.parser().addOption(asJson);
    if (auto stop = command.parse(arguments))
        return *stop;
    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    auto sets = DeadlineRuleRepository(database.value()->connection()).ruleSets();
    if (!sets)
        return fail(sets.error());
    if (command.parser().isSet(asJson)) {
        QJsonArray all;
        for (const DeadlineRuleSet &set : sets.value())
            all.append(toJson(set));
        printJson(all);
        return Success;
    }
    for (const DeadlineRuleSet &set : sets.value()) {
        printOut(Msg::tr("From %1: %2").arg(set.effectiveFrom.toString(Qt::ISODate), set.name));
        if (!set.note.isEmpty())
            printOut(QStringLiteral("  ") + set.note);
        for (const DeadlineRule &rule : set.rules)
            printOut(describe(rule));
    }
    return Success;
}

int runAdd(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli rules add --name N --from DATE [--note T] [--accept 7] [--mediation 45] "
                       "[--termination-notice 7] [--enterprise 10] [--hotline-sign 1] [--hotline-reply 5] "
                       "[--hotline-dispatch 2h] [--first-contact 24h] --database FILE --as USER"),
        Msg::tr("Add a deadline rule set for cases received from DATE on. Limits: 7 or 7wd working days, 7d "
                "calendar days, 2h hours; without a unit, hours for --hotline-dispatch and --first-contact and "
                "working days otherwise. "
                "Hotline limits apply to 12345 transfers. Limits not given are copied from the set in force the "
                "day before DATE."));
    command.addDatabaseOption();
    const QCommandLineOption name(QStringLiteral("name"), Msg::tr("The set's name, e.g. the order that sets it."),
                                  Msg::tr("N"));
    const QCommandLineOption from(QStringLiteral("from"), Msg::tr("The first received date it applies to."),
                                  Msg::tr("DATE"));
    const QCommandLineOption note(QStringLiteral("note"), Msg::tr("A note, e.g. the source."), Msg::tr("T"));
    for (const auto &option : {name, from, note})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    QList<std::pair<DeadlineKind, QCommandLineOption>> limits;
    for (DeadlineKind kind : allDeadlineKinds()) {
        limits.append({kind, QCommandLineOption(optionName(kind), Msg::tr("Limit for: %1.").arg(labelOf(kind)),
                                                Msg::tr("LIMIT"))});
        command.parser().addOption(limits.last().second);
    }
    if (auto stop = command.parse(arguments))
        return *stop;

    DeadlineRuleSet set;
    set.name = command.parser().value(name);
    set.note = command.parser().value(note);
    auto start = parseDateArgument(command.parser().value(from), QStringLiteral("--from"));
    if (!start)
        return fail(start.error());
    set.effectiveFrom = start.value();
    QList<DeadlineKind> given;
    for (const auto &[kind, option] : limits) {
        if (!command.parser().isSet(option))
            continue;
        auto rule = parseLimit(kind, command.parser().value(option));
        if (!rule)
            return fail(rule.error());
        set.rules.append(rule.value());
        given.append(kind);
    }

    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    const QSqlDatabase db = database.value()->connection();
    const auto actor = signedInName(db, command.parser(), as);
    if (!actor)
        return fail(actor.error());
    DeadlineRuleRepository repository(db);
    // Copy what the new rules do not change: Order No. 121, say, changes the mediation period
    // but not a district's 12345 limits.
    QStringList copied;
    auto previous = repository.ruleSetFor(set.effectiveFrom.addDays(-1));
    if (previous) {
        for (const DeadlineRule &rule : previous->rules) {
            if (given.contains(rule.kind))
                continue;
            set.rules.append(rule);
            if (!copied.contains(codeOf(rule.kind)))
                copied.append(codeOf(rule.kind));
        }
    } else if (previous.error().code != ErrorCode::NotFound) {
        return fail(previous.error());
    }
    std::stable_sort(set.rules.begin(), set.rules.end(),
                     [](const DeadlineRule &a, const DeadlineRule &b) { return a.kind < b.kind; });
    auto added = DeskAdministration(db).addRuleSet(actor.value(), set);
    if (!added)
        return fail(added.error());
    printOut(Msg::tr("Added rule set %1 \"%2\", for cases received from %3 on:")
                 .arg(added->id)
                 .arg(added->name, added->effectiveFrom.toString(Qt::ISODate)));
    for (const DeadlineRule &rule : added->rules)
        printOut(describe(rule));
    if (!copied.isEmpty())
        printOut(Msg::tr("Copied from \"%1\": %2.").arg(previous->name, copied.join(QStringLiteral(", "))));
    return Success;
}

} // namespace

int runRules(const QStringList &arguments)
{
    return dispatch(QStringLiteral("rules"), arguments,
                    {{QStringLiteral("list"), runList},
                     {QStringLiteral("add"), runAdd}});
}

} // namespace casedesk::cli
