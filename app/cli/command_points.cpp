// points: the liaison-point network (消费维权联络点): list, add, import, show, merge; the
// ledgers and leads are in command_points_ledger.cpp, the assessment in command_points_assessment.cpp.

#include "cli_case_support.h"
#include "cli_mediation_support.h"
#include "cli_points_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "liaison/liaison_point_import.h"
#include "liaison/liaison_point_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString pointLine(const LiaisonPoint &p)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
        .arg(p.id)
        .arg(p.name, labelOf(p.type), p.street, labelOf(p.status), p.official);
}

int runPointsList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli points list [--type T] [--street S] [--status S] "
                                            "[--official USER] [--search TEXT] [--json] [--as USER] --database FILE"),
                             Msg::tr("List the liaison points by name: id, name, type, street, status, official."));
    command.addDatabaseOption();
    const QCommandLineOption type(QStringLiteral("type"), Msg::tr("Only this type (a code such as mall, or 商场)."),
                                  Msg::tr("T"));
    const QCommandLineOption street(QStringLiteral("street"), Msg::tr("Only points in this street."), Msg::tr("S"));
    const QCommandLineOption status(QStringLiteral("status"), Msg::tr("Only points with this status: active, "
                                                                      "suspended, closed."),
                                    Msg::tr("S"));
    const QCommandLineOption official(QStringLiteral("official"), Msg::tr("Only points this official guides."),
                                      Msg::tr("USER"));
    const QCommandLineOption search(QStringLiteral("search"), Msg::tr("Text in the name, host, address or contact."),
                                    Msg::tr("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), Msg::tr("Print JSON for programs."));
    command.parser().addOptions({type, street, status, official, search, json});
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    LiaisonPointFilter filter;
    filter.text = command.parser().value(search);
    filter.street = command.parser().value(street);
    filter.official = command.parser().value(official);
    if (command.parser().isSet(type)) {
        filter.type = liaisonPointTypeFromText(command.parser().value(type));
        if (!filter.type)
            return fail(usageError(Msg::tr("\"%1\" is not a type of liaison point.").arg(command.parser().value(type))));
    }
    if (command.parser().isSet(status)) {
        filter.status = liaisonPointStatusFromText(command.parser().value(status));
        if (!filter.status)
            return fail(usageError(Msg::tr("\"%1\" is not a status of a liaison point (active, suspended, closed).")
                                       .arg(command.parser().value(status))));
    }
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto points = LiaisonPointService(session->db).list(filter, session->actor);
    if (!points)
        return fail(points.error());
    if (command.parser().isSet(json)) {
        QJsonArray array;
        for (const LiaisonPoint &p : points.value())
            array.append(pointToJson(p));
        printJson(array);
        return Success;
    }
    for (const LiaisonPoint &p : points.value())
        printOut(pointLine(p));
    return Success;
}

int runPointsAdd(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli points add JSON|- [--as USER] --database FILE"),
                             Msg::tr("Add a liaison point from a JSON file (or - for standard input) with the keys "
                                     "name, type, host, address, district, street, contactPerson, contactPhone, "
                                     "official, setUpOn, status, modelTitle and modelYear. Prints its id."));
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
    auto point = pointFromJson(object.value());
    if (!point)
        return fail(point.error());
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto added = LiaisonPointService(session->db).add(point.value(), session->actor);
    if (!added)
        return fail(added.error());
    printOut(QString::number(added->id));
    return Success;
}

int runPointsShow(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli points show ID [--as USER] --database FILE"),
                             Msg::tr("Show a liaison point as JSON (the contact phone masked unless you may reveal it)."));
    command.addDatabaseOption();
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto id = positiveId(singleId(command.parser()).value_or(QString()));
    if (!id)
        return fail(usageError(Msg::tr("Give the point's id (points list shows it).")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto point = LiaisonPointService(session->db).get(*id, session->actor);
    if (!point)
        return fail(point.error());
    printJson(pointToJson(point.value()));
    return Success;
}

int runPointsImport(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli points import FILE [--dry-run] [--as USER] --database FILE"),
                             Msg::tr("Import a list of liaison points from CSV (UTF-8 or GB18030) or XLSX with Chinese "
                                     "column names (名称, 类型, 地址, 街道, 联系人, 联系电话, 指导员, ...). A point "
                                     "already listed with the same name and address gets its empty fields filled. "
                                     "A file with a bad row is refused whole."));
    command.addDatabaseOption();
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Msg::tr("Show what would be done; write nothing."));
    command.parser().addOption(dryRun);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto file = singleId(command.parser());
    if (!file)
        return fail(usageError(Msg::tr("Give the file to import.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    if (command.parser().isSet(dryRun)) {
        auto plan = previewPointImport(session->db, *file, session->actor);
        if (!plan)
            return fail(plan.error());
        for (const PointImportRow &row : plan->rows) {
            const QString what = !row.error.isEmpty() ? Msg::tr("error: %1").arg(row.error)
                                 : row.sameAsLine   ? Msg::tr("same point as line %1").arg(row.sameAsLine)
                                 : row.duplicateOf  ? Msg::tr("fills point %1").arg(row.duplicateOf)
                                                    : Msg::tr("new");
            printOut(QStringLiteral("%1\t%2\t%3").arg(row.line).arg(row.point.name, what));
        }
        printOut(Msg::tr("%n row(s) with problems; nothing was written.", nullptr, plan->errors()));
        return plan->errors() > 0 ? UserError : Success;
    }
    auto imported = importPoints(session->db, *file, session->actor);
    if (!imported)
        return fail(imported.error());
    printOut(Msg::tr("%1 points added, %2 existing points filled.").arg(imported->added).arg(imported->filled));
    return Success;
}

int runPointsMerge(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli points merge KEEP OTHER [--as USER] --database FILE"),
                             Msg::tr("Merge two records of one liaison point: OTHER's transfers, leads, ledgers and "
                                     "visits move to KEEP, and OTHER is removed."));
    command.addDatabaseOption();
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const QStringList ids = command.parser().positionalArguments();
    const auto kept = positiveId(ids.value(0));
    const auto other = positiveId(ids.value(1));
    if (ids.size() != 2 || !kept || !other)
        return fail(usageError(Msg::tr("Give the id of the point to keep and the id of the point merged into it.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto merged = LiaisonPointService(session->db).merge(*kept, *other, session->actor);
    if (!merged)
        return fail(merged.error());
    printOut(Msg::tr("Point %1 was merged into %2 (%3).").arg(*other).arg(*kept).arg(merged->name));
    return Success;
}

} // namespace

int runPoints(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("list"))
        return runPointsList(arguments.mid(1));
    if (verb == QLatin1String("add"))
        return runPointsAdd(arguments.mid(1));
    if (verb == QLatin1String("show"))
        return runPointsShow(arguments.mid(1));
    if (verb == QLatin1String("import"))
        return runPointsImport(arguments.mid(1));
    if (verb == QLatin1String("merge"))
        return runPointsMerge(arguments.mid(1));
    if (verb == QLatin1String("ledger-import"))
        return runPointsLedgerImport(arguments.mid(1));
    if (verb == QLatin1String("lead"))
        return runPointsLead(arguments.mid(1));
    if (verb == QLatin1String("report"))
        return runPointsReport(arguments.mid(1));
    if (verb == QLatin1String("sheet"))
        return runPointsSheet(arguments.mid(1));
    if (verb == QLatin1String("score"))
        return runPointsScore(arguments.mid(1));
    if (verb == QLatin1String("ranking"))
        return runPointsRanking(arguments.mid(1));
    if (verb == QLatin1String("model"))
        return runPointsModel(arguments.mid(1));
    printErr(Msg::tr("Usage: casedesk-cli points list|add|show|import|merge|ledger-import|lead|report|sheet|score|"
                     "ranking|model ... (--help on each)"));
    return UserError;
}

} // namespace casedesk::cli
