// import: work orders from the 12315 platform, the 12345 hotline or any table, as cases.

#include "cli_case_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "workorders/work_order_import.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonObject planToJson(const ImportPlan &plan)
{
    QJsonArray rows;
    for (const OrderRow &row : plan.rows) {
        rows.append(QJsonObject{{QStringLiteral("line"), row.line},
                                {QStringLiteral("reference"), row.complaint.platformRef},
                                {QStringLiteral("business"), row.complaint.business.name},
                                {QStringLiteral("duplicateOf"), row.duplicateOf},
                                {QStringLiteral("problems"), QJsonArray::fromStringList(row.problems)}});
    }
    return {{QStringLiteral("file"), plan.fileName},
            {QStringLiteral("sha256"), plan.sha256},
            {QStringLiteral("sheet"), plan.sheet},
            {QStringLiteral("headerLine"), plan.headerLine},
            {QStringLiteral("mapping"), mappingJson(plan)},
            {QStringLiteral("unmapped"), QJsonArray::fromStringList(plan.unmapped)},
            {QStringLiteral("valid"), plan.validCount()},
            {QStringLiteral("duplicates"), plan.duplicateCount()},
            {QStringLiteral("problems"), plan.problemCount()},
            {QStringLiteral("rows"), rows}};
}

} // namespace

int runWorkOrderImport(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli import --source 12315|12345|generic FILE [--map \"HEADER=FIELD\"]... [--mapping NAME] "
                       "[--dry-run] [--all-or-nothing] [--fill-duplicates] [--json] [--as USER] --database FILE"),
        Msg::tr("Register the work orders of a file downloaded from the 12315 platform or the 12345 hotline (or any "
                "table): an Excel workbook (.xlsx) or CSV in UTF-8 or GB18030. The header row is found among the "
                "usual names; --map names the others (fields: %1) and is kept for the source's next file, or under "
                "--mapping's name. A 12345 order's dispatch and due times (dispatched_at, due_at) set the hotline's "
                "deadlines. Each row is checked like a typed complaint; work orders already registered are skipped, "
                "or with --fill-duplicates their empty fields are filled in. Without --all-or-nothing the valid rows "
                "are registered and the others listed. --dry-run shows what would happen and writes nothing.")
            .arg([] {
                QStringList codes;
                for (OrderField field : allOrderFields())
                    codes << codeOf(field);
                return codes.join(QStringLiteral(", "));
            }()));
    command.addDatabaseOption();
    const QCommandLineOption source(QStringLiteral("source"), Msg::tr("Where the file comes from: 12315, 12345 or generic."),
                                    Msg::tr("S"));
    const QCommandLineOption map(QStringLiteral("map"), Msg::tr("A column the header names otherwise: \"HEADER=FIELD\"."),
                                 Msg::tr("HEADER=FIELD"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     Msg::tr("Read and keep the columns' mapping under this name instead of the "
                                             "source's own."),
                                     Msg::tr("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Msg::tr("Show what would be imported; write nothing."));
    const QCommandLineOption fillDuplicates(QStringLiteral("fill-duplicates"),
                                            Msg::tr("Fill in the empty fields of work orders registered before."));
    const QCommandLineOption allOrNothing(QStringLiteral("all-or-nothing"),
                                          Msg::tr("Register nothing unless every row can be registered."));
    const QCommandLineOption json(QStringLiteral("json"), Msg::tr("Print the plan or the outcome as JSON."));
    command.parser().addOptions({source, map, mapping, dryRun, allOrNothing, fillDuplicates, json});
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("FILE"), Msg::tr("The .xlsx or .csv file."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const auto from = orderSourceFromCode(parser.value(source));
    if (!from)
        return fail(usageError(Msg::tr("Give the source with --source 12315, 12345 or generic.")));
    if (parser.positionalArguments().size() != 1)
        return fail(usageError(Msg::tr("Give one file to import.")));
    ColumnOverrides overrides;
    for (const QString &pair : parser.values(map)) {
        const QString header = pair.section(QLatin1Char('='), 0, 0).trimmed();
        const auto field = orderFieldFromCode(pair.section(QLatin1Char('='), 1).trimmed());
        if (header.isEmpty() || !field)
            return fail(usageError(Msg::tr("--map takes \"HEADER=FIELD\"; \"%1\" is not one.").arg(pair)));
        overrides.insert(header, *field);
    }

    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    const QSqlDatabase db = session->db;
    const QString actor = session->actor;
    auto plan = planWorkOrderImport(db, *from, parser.positionalArguments().first(), overrides,
                                    QDateTime::currentDateTime(), parser.value(mapping));
    if (!plan)
        return fail(plan.error());
    if (parser.isSet(dryRun)) {
        if (parser.isSet(json)) {
            printJson(planToJson(plan.value()));
        } else {
            for (const OrderRow &row : plan->rows) {
                if (!row.duplicateOf.isEmpty())
                    printOut(Msg::tr("line %1: already registered as %2").arg(row.line).arg(row.duplicateOf));
                else if (!row.valid())
                    printOut(Msg::tr("line %1: %2").arg(row.line).arg(row.problems.join(QStringLiteral("; "))));
            }
            printOut(Msg::tr("%1: %2 to register, %3 already registered, %4 with problems (nothing written)")
                         .arg(plan->fileName)
                         .arg(plan->validCount())
                         .arg(plan->duplicateCount())
                         .arg(plan->problemCount()));
        }
        return Success;
    }
    auto outcome = importWorkOrders(
        db, plan.value(), parser.isSet(allOrNothing) ? ImportChoice::AllOrNothing : ImportChoice::ValidRows,
        parser.isSet(fillDuplicates) ? DuplicateChoice::FillEmpty : DuplicateChoice::Skip, actor);
    if (!outcome)
        return fail(outcome.error());
    if (parser.isSet(json)) {
        QJsonArray cases;
        for (const Complaint &c : outcome->registered)
            cases.append(c.caseNumber);
        printJson(QJsonObject{{QStringLiteral("registered"), cases},
                              {QStringLiteral("filled"), outcome->filled},
                              {QStringLiteral("duplicates"), outcome->skippedDuplicates},
                              {QStringLiteral("problems"), outcome->refused}});
        return Success;
    }
    for (const OrderRow &row : plan->rows) {
        if (!row.valid() && row.duplicateOf.isEmpty())
            printOut(Msg::tr("line %1 not registered: %2").arg(row.line).arg(row.problems.join(QStringLiteral("; "))));
    }
    printOut(Msg::tr("%1: %2 registered, %3 registered before filled in, %4 already registered, %5 with problems")
                 .arg(plan->fileName)
                 .arg(outcome->registered.size())
                 .arg(outcome->filled)
                 .arg(outcome->skippedDuplicates)
                 .arg(outcome->refused));
    return Success;
}

} // namespace casedesk::cli
