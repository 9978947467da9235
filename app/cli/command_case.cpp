#include "cli_case_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "auth/permissions.h"
#include "export/case_csv.h"
#include "export/case_xlsx.h"
#include "privacy/masking.h"
#include "privacy/personal_data.h"
#include "storage/user_repository.h"

#include "deadlines/case_deadline_service.h"
#include "export/deadline_json.h"

#include "domain/money.h"
#include "export/complaint_json.h"
#include "query/case_list_query.h"
#include "storage/complaint_repository.h"
#include "storage/prepaid_card_repository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace casedesk::cli {
namespace {

// The translation context of this file's messages.
struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QCommandLineOption identifiedOption()
{
    return QCommandLineOption(QStringLiteral("identified"),
                              Msg::tr("Export names, phones and ID numbers in full (supervisors only; logged). "
                                      "Without it, exports are de-identified."));
}

// Signs in and checks the user may read cases.
Result<QString> reader(const QSqlDatabase &db, const QCommandLineParser &parser, const SignInOptions &as)
{
    auto name = signedInName(db, parser, as);
    if (!name)
        return name;
    if (auto allowed = authorize(db, name.value(), Permission::ViewCases); !allowed)
        return allowed.error();
    return name;
}

int runList(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli case list --database FILE [--status S] [--search TEXT] "
                                            "[--limit N] [--json | --csv | --xlsx FILE] [--identified] [--as USER]"),
                             Msg::tr("List cases, newest first. Phones are masked; JSON, CSV and Excel exports are "
                                     "de-identified unless --identified is given by a supervisor. --xlsx writes every "
                                     "case the filter selects (not --limit) to an Excel workbook."));
    command.addDatabaseOption();
    QStringList statusCodes;
    for (CaseStatus status : allStatuses())
        statusCodes << codeOf(status);
    const QCommandLineOption status(QStringLiteral("status"),
                                    Msg::tr("Only cases in status S: %1.").arg(statusCodes.join(QStringLiteral(", "))),
                                    Msg::tr("S"));
    const QCommandLineOption search(QStringLiteral("search"), Msg::tr("Only cases containing TEXT."), Msg::tr("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"), Msg::tr("At most N cases (default 100; 0 for all)."), Msg::tr("N"),
                                   QStringLiteral("100"));
    const QCommandLineOption asJson(QStringLiteral("json"), Msg::tr("Print JSON."));
    const QCommandLineOption asCsv(QStringLiteral("csv"), Msg::tr("Print CSV (UTF-8)."));
    const QCommandLineOption asXlsx(QStringLiteral("xlsx"), Msg::tr("Write the cases to this Excel workbook."),
                                    Msg::tr("FILE"));
    const QCommandLineOption identified = identifiedOption();
    for (const auto &option : {status, search, limit, asJson, asCsv, asXlsx, identified})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;

    CaseFilter filter;
    if (command.parser().isSet(status)) {
        filter.status = statusFromCode(command.parser().value(status));
        if (!filter.status)
            return fail({ErrorCode::InvalidInput,
                         Msg::tr("Unknown status \"%1\"; use one of: %2.")
                             .arg(command.parser().value(status), statusCodes.join(QStringLiteral(", "))),
                         {}});
    }
    filter.text = command.parser().value(search);
    bool ok = false;
    const int wanted = command.parser().value(limit).toInt(&ok);
    if (!ok || wanted < 0)
        return fail({ErrorCode::InvalidInput, Msg::tr("--limit takes a whole number, 0 or more."), {}});

    const bool json = command.parser().isSet(asJson);
    const bool csv = command.parser().isSet(asCsv);
    const QString workbook = command.parser().value(asXlsx).trimmed();
    if (int(json) + int(csv) + int(command.parser().isSet(asXlsx)) > 1)
        return fail({ErrorCode::InvalidInput, Msg::tr("Give one of --json, --csv and --xlsx."), {}});
    if (command.parser().isSet(asXlsx) && workbook.isEmpty())
        return fail({ErrorCode::InvalidInput, Msg::tr("--xlsx takes the workbook to write: --xlsx FILE.xlsx."), {}});
    if (command.parser().isSet(identified) && !json && !csv && workbook.isEmpty())
        return fail(
            {ErrorCode::InvalidInput, Msg::tr("--identified applies to --json, --csv or --xlsx exports."), {}});

    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    const QSqlDatabase db = database.value()->connection();
    const auto actor = reader(db, command.parser(), as);
    if (!actor)
        return fail(actor.error());
    ExportForm form = ExportForm::Deidentified;
    if (json || csv || !workbook.isEmpty()) {
        auto allowed = exportFormFor(db, actor.value(), command.parser().isSet(identified), QStringLiteral("case list"));
        if (!allowed)
            return fail(allowed.error());
        form = allowed.value();
    }
    if (!workbook.isEmpty()) {
        auto written = writeCaseListXlsx(db, filter, CaseSort{}, form, workbook);
        if (!written)
            return fail(written.error());
        printOut(Msg::tr("Wrote %n case(s) to %1", nullptr, written.value()).arg(workbook));
        return Success;
    }
    const CaseListQuery query(db);

    QJsonArray rows;
    QList<CaseListRow> csvRows;
    std::optional<PageCursor> after;
    int printed = 0;
    for (;;) {
        const int pageSize = wanted == 0 ? 1000 : std::min(1000, wanted - printed);
        if (pageSize <= 0)
            break;
        auto page = query.page(filter, CaseSort{}, after, pageSize);
        if (!page)
            return fail(page.error());
        for (const CaseListRow &row : page.value()) {
            const CaseListRow exported = form == ExportForm::Identified ? row : deidentified(row);
            if (json)
                rows.append(caseRowToJson(exported));
            else if (csv)
                csvRows.append(exported);
            else // a list on screen: the name stays (the caseworker needs it), the phone is masked
                printOut(QStringList{row.caseNumber, row.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                     labelOf(row.status), row.categoryName, row.consumerName,
                                     maskPhone(row.consumerPhone), row.businessName,
                                     QStringLiteral("¥") + formatYuan(row.amountFen)}
                             .join(QLatin1Char('\t')));
        }
        printed += int(page->size());
        if (page->size() < pageSize)
            break;
        after = PageCursor{page->last().sortValue, page->last().id};
    }
    if (json)
        printJson(rows);
    if (csv)
        printOut(caseRowsToCsv(csvRows).trimmed());
    return Success;
}

int runShow(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli case show ID --database FILE [--json [--identified]] "
                                            "[--as USER]"),
                             Msg::tr("Show one case. ID is the case number (e.g. 长宁-2026-000123) or the internal id. "
                                     "Phone and ID number are masked (case reveal shows one in full)."));
    command.addDatabaseOption();
    const QCommandLineOption asJson(QStringLiteral("json"), Msg::tr("Print JSON."));
    const QCommandLineOption identified = identifiedOption();
    command.parser().addOption(asJson);
    command.parser().addOption(identified);
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addPositionalArgument(QStringLiteral("ID"), Msg::tr("Case number or id."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto id = singleId(command.parser());
    if (!id)
        return fail({ErrorCode::InvalidInput, Msg::tr("Give exactly one case number or id."), {}});

    if (command.parser().isSet(identified) && !command.parser().isSet(asJson))
        return fail({ErrorCode::InvalidInput, Msg::tr("--identified applies to the --json export."), {}});
    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    const QSqlDatabase db = database.value()->connection();
    const auto actor = reader(db, command.parser(), as);
    if (!actor)
        return fail(actor.error());
    auto complaint = findCase(db, *id);
    if (!complaint)
        return fail(complaint.error());
    const bool minor = isMinor(complaint->consumer.idNumber, QDate::currentDate());
    ExportForm form = ExportForm::Deidentified;
    if (command.parser().isSet(asJson)) {
        auto allowed = exportFormFor(db, actor.value(), command.parser().isSet(identified),
                                     QStringLiteral("case ") + complaint->caseNumber);
        if (!allowed)
            return fail(allowed.error());
        form = allowed.value();
    }
    const Complaint c = !command.parser().isSet(asJson) ? withMaskedContacts(complaint.value())
                        : form == ExportForm::Identified ? complaint.value()
                                                         : deidentified(complaint.value());
    auto deadlines = deadlinesOfCase(database.value()->connection(), c.id);
    if (!deadlines)
        return fail(deadlines.error());
    auto card = PrepaidCardRepository(database.value()->connection()).get(c.id);
    if (!card)
        return fail(card.error());
    if (command.parser().isSet(asJson)) {
        QJsonObject shown = complaintToJson(c, card.value());
        shown.insert(QStringLiteral("minor"), minor);
        QJsonArray due;
        for (const Deadline &d : deadlines.value())
            due.append(deadlineToJson(d));
        shown.insert(QStringLiteral("deadlines"), due);
        printJson(shown);
        return Success;
    }
    const std::pair<QString, QString> lines[] = {
        {Msg::tr("Case number"), c.caseNumber},
        {Msg::tr("Status"), labelOf(c.status)},
        {Msg::tr("Received"), c.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
        {Msg::tr("Channel"), labelOf(c.channel) + (c.platformRef.isEmpty() ? QString() : QStringLiteral(" ") + c.platformRef)},
        {Msg::tr("Category"), c.categoryName},
        {Msg::tr("Nature"), labelOf(c.nature)},
        {Msg::tr("Amount"), QStringLiteral("¥") + formatYuan(c.amountFen)},
        {Msg::tr("Complainant"),
         QStringList{c.consumer.name, c.consumer.phone, c.consumer.idNumber, c.consumer.address}.join(QStringLiteral("  ")) +
             (minor ? QStringLiteral("  ") + Msg::tr("[MINOR under 14: sensitive personal data]") : QString())},
        {Msg::tr("Business"), QStringList{c.business.name, c.business.address}.join(QStringLiteral("  "))},
        {Msg::tr("Caseworker"), c.assignee},
        {Msg::tr("Demand"), c.demand},
        {Msg::tr("Facts"), c.facts},
    };
    for (const auto &[label, value] : lines)
        printOut(label + QStringLiteral(": ") + value);
    if (const auto &k = card.value()) {
        printOut(Msg::tr("Prepaid card: %1 %2, paid ¥%3, balance ¥%4, business %5, notice: %6")
                     .arg(labelOf(k->type), k->cardNumber, formatYuan(k->paidFen), formatYuan(k->balanceFen),
                          labelOf(k->businessState), labelOf(k->noticeGiven)));
    }
    for (const Deadline &d : deadlines.value()) {
        const QString due = d.rule.unit == DeadlineUnit::Hours ? d.dueAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                                : d.dueDate.toString(Qt::ISODate);
        const QString state = !d.doneAt.isNull() ? Msg::tr("done %1").arg(d.doneAt.toString(QStringLiteral("yyyy-MM-dd")))
                              : d.overdue        ? Msg::tr("OVERDUE")
                                                 : Msg::tr("open");
        printOut(Msg::tr("Due: %1 by %2 (%3)").arg(labelOf(d.kind), due, state));
    }
    return Success;
}

} // namespace

int runCase(const QStringList &arguments)
{
    return dispatch(QStringLiteral("case"), arguments,
                    {{QStringLiteral("list"), runList},
                     {QStringLiteral("show"), runShow},
                     {QStringLiteral("add"), runCaseAdd},
                     {QStringLiteral("transition"), runCaseTransition},
                     {QStringLiteral("assign"), runCaseAssign},
                     {QStringLiteral("contact"), runCaseContact},
                     {QStringLiteral("history"), runCaseHistory},
                     {QStringLiteral("pause"), runCasePause},
                     {QStringLiteral("resume"), runCaseResume},
                     {QStringLiteral("reveal"), runCaseReveal}});
}

} // namespace casedesk::cli
