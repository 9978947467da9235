// alerts: the early warnings (风险预警) of sudden runs of complaints against one business.

#include "cli_case_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "warning/warning_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonObject toJson(const WarningAlert &a)
{
    return {{QStringLiteral("key"), a.key},
            {QStringLiteral("businessId"), a.businessId},
            {QStringLiteral("business"), a.businessName},
            {QStringLiteral("creditCode"), a.creditCode},
            {QStringLiteral("ruleId"), a.ruleId},
            {QStringLiteral("rule"), a.ruleName},
            {QStringLiteral("firstDay"), a.run.firstDay.toString(Qt::ISODate)},
            {QStringLiteral("lastDay"), a.run.lastDay.toString(Qt::ISODate)},
            {QStringLiteral("complaints"), a.run.complaints},
            {QStringLiteral("prepaid"), a.run.prepaid},
            {QStringLiteral("score"), a.run.scorePercent / 100.0},
            {QStringLiteral("usualLevel"), a.run.baselinePercent / 100.0},
            {QStringLiteral("acknowledged"), a.acknowledged},
            {QStringLiteral("acknowledgedBy"), a.acknowledgedBy},
            {QStringLiteral("note"), a.note}};
}

} // namespace

int runAlerts(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli alerts --database FILE [--all] [--json] "
                                            "[--acknowledge KEY [--note TEXT]] [--as USER]"),
                             Msg::tr("List early warnings: businesses with a sudden run of complaints, newest first."));
    command.addDatabaseOption();
    const QCommandLineOption all(QStringLiteral("all"), Msg::tr("Include acknowledged alerts."));
    const QCommandLineOption asJson(QStringLiteral("json"), Msg::tr("Print JSON."));
    const QCommandLineOption acknowledge(QStringLiteral("acknowledge"), Msg::tr("Acknowledge the alert KEY."),
                                         Msg::tr("KEY"));
    const QCommandLineOption note(QStringLiteral("note"), Msg::tr("What was done about it."), Msg::tr("TEXT"));
    for (const auto &option : {all, asJson, acknowledge, note})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    WarningService warnings(session->db);

    if (command.parser().isSet(acknowledge)) {
        if (auto done = warnings.acknowledge(command.parser().value(acknowledge), command.parser().value(note),
                                             session->actor);
            !done)
            return fail(done.error());
        printOut(Msg::tr("Acknowledged %1.").arg(command.parser().value(acknowledge)));
        return Success;
    }

    auto alerts = warnings.alerts(command.parser().isSet(all));
    if (!alerts)
        return fail(alerts.error());
    if (command.parser().isSet(asJson)) {
        QJsonArray list;
        for (const WarningAlert &a : alerts.value())
            list.append(toJson(a));
        printJson(list);
        return Success;
    }
    if (alerts->isEmpty()) {
        printOut(Msg::tr("No alerts."));
        return Success;
    }
    for (const WarningAlert &a : alerts.value()) {
        printOut(Msg::tr("%1  %2  %3 – %4: %5 complaints (%6 prepaid) in the window, usual level %7  [%8]%9")
                     .arg(a.key, a.businessName, a.run.firstDay.toString(Qt::ISODate), a.run.lastDay.toString(Qt::ISODate))
                     .arg(a.run.complaints)
                     .arg(a.run.prepaid)
                     .arg(QString::number(a.run.baselinePercent / 100.0, 'f', 1), a.ruleName,
                          a.acknowledged ? Msg::tr("  acknowledged by %1").arg(a.acknowledgedBy) : QString()));
    }
    return Success;
}

} // namespace casedesk::cli
