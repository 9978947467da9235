// points ledger-import / points lead: the liaison points' monthly ledgers from CSV, and the
// leads (线索) on illegal business they pass on.

#include "cli_case_support.h"
#include "cli_mediation_support.h"
#include "cli_points_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "liaison/liaison_lead_service.h"
#include "liaison/liaison_ledger_import.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runLeadAdd(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli points lead add JSON|- [--as USER] --database FILE"),
                             Msg::tr("Record a lead a liaison point passed on, from JSON with the keys pointId, "
                                     "receivedOn, suspicion, business, place, observedOn (and, if already known, "
                                     "regulator, forwardedOn, outcome, outcomeNote, outcomeOn). Prints its id."));
    command.addDatabaseOption();
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto source = singleId(command.parser());
    if (!source)
        return fail(usageError(Msg::tr("Give one JSON file, or - for standard input.")));
    auto object = readJsonObject(*source);
    if (!object)
        return fail(object.error());
    auto lead = leadFromJson(object.value());
    if (!lead)
        return fail(lead.error());
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto added = LiaisonLeadService(session->db).add(lead.value(), session->actor);
    if (!added)
        return fail(added.error());
    printOut(QString::number(added->id));
    return Success;
}

int runLeadList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli points lead list [--point ID] [--json] [--as USER] "
                                            "--database FILE"),
                             Msg::tr("List the leads, newest first: id, received, point, suspicion, outcome."));
    command.addDatabaseOption();
    const QCommandLineOption point(QStringLiteral("point"), Msg::tr("Only this point's leads."), Msg::tr("ID"));
    const QCommandLineOption json(QStringLiteral("json"), Msg::tr("Print JSON for programs."));
    command.parser().addOptions({point, json});
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    qint64 pointId = 0;
    if (command.parser().isSet(point)) {
        const auto id = positiveId(command.parser().value(point));
        if (!id)
            return fail(usageError(Msg::tr("--point takes a point's id.")));
        pointId = *id;
    }
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto leads = LiaisonLeadService(session->db).list(session->actor, pointId);
    if (!leads)
        return fail(leads.error());
    if (command.parser().isSet(json)) {
        QJsonArray array;
        for (const LiaisonLead &l : leads.value())
            array.append(leadToJson(l));
        printJson(array);
        return Success;
    }
    for (const LiaisonLead &l : leads.value())
        printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                     .arg(l.id)
                     .arg(l.receivedOn.toString(Qt::ISODate), l.pointName, l.suspicion, labelOf(l.outcome)));
    return Success;
}

int runLeadUpdate(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli points lead update ID JSON|- [--as USER] --database FILE"),
                             Msg::tr("Change a lead: the JSON's keys (as for lead add) replace the stored ones, e.g. "
                                     "{\"outcome\":\"forwarded\",\"regulator\":\"...\",\"forwardedOn\":\"2026-03-03\"}. "
                                     "Give \"version\" from lead list --json to be told when someone changed it since."));
    command.addDatabaseOption();
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const QStringList positional = command.parser().positionalArguments();
    const auto id = positiveId(positional.value(0));
    if (positional.size() != 2 || !id)
        return fail(usageError(Msg::tr("Give the lead's id and one JSON file, or - for standard input.")));
    auto object = readJsonObject(positional.at(1));
    if (!object)
        return fail(object.error());
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    LiaisonLeadService leads(session->db);
    auto stored = leads.get(*id, session->actor);
    if (!stored)
        return fail(stored.error());
    auto lead = leadFromJson(object.value(), stored.value());
    if (!lead)
        return fail(lead.error());
    auto saved = leads.update(lead.value(), session->actor);
    if (!saved)
        return fail(saved.error());
    printOut(Msg::tr("Lead %1: %2.").arg(saved->id).arg(labelOf(saved->outcome)));
    return Success;
}

} // namespace

int runPointsLedgerImport(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli points ledger-import FILE [--as USER] --database FILE"),
                             Msg::tr("Load the points' monthly ledgers from CSV (UTF-8 or GB18030) or XLSX with the "
                                     "columns 联络点 (or 名称; 编号 when names repeat), 月份, 咨询, 培训人数, 培训次数, "
                                     "宣传资料, 现场调解件数, 调解金额 (yuan). A month already saved is replaced. A "
                                     "file with a bad row is refused whole."));
    command.addDatabaseOption();
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto file = singleId(command.parser());
    if (!file)
        return fail(usageError(Msg::tr("Give the file to import.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto imported = importLedgers(session->db, *file, session->actor);
    if (!imported)
        return fail(imported.error());
    printOut(Msg::tr("%1 ledger months saved (%2 of them replaced).").arg(imported->saved).arg(imported->replaced));
    return Success;
}

int runPointsLead(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("add"))
        return runLeadAdd(arguments.mid(1));
    if (verb == QLatin1String("list"))
        return runLeadList(arguments.mid(1));
    if (verb == QLatin1String("update"))
        return runLeadUpdate(arguments.mid(1));
    printErr(Msg::tr("Usage: casedesk-cli points lead add|list|update ... (--help on each)"));
    return UserError;
}

} // namespace casedesk::cli
