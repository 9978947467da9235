// case add --json FILE|-: register complaints from JSON (the form `case show --json` prints).

#include "cli_case_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "export/complaint_json.h"
#include "prepaid/case_registration.h"
#include "storage/complaint_repository.h"
#include "storage/taxonomy_repository.h"
#include "text/text_checks.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

Error inputError(const QString &message) { return Error{ErrorCode::InvalidInput, message, {}}; }

Result<QByteArray> readInput(const QString &source)
{
    QFile file;
    const bool opened = source == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                     : (file.setFileName(source), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error{ErrorCode::Io, Msg::tr("Cannot read \"%1\": %2").arg(source, file.errorString()), {}};
    return file.readAll();
}

// A category may be given by id or by its Chinese (or English) name.
Status resolveCategory(Complaint &c, const QList<Category> &categories)
{
    if (c.categoryId > 0 || c.categoryName.isEmpty())
        return {};
    for (const Category &category : categories) {
        if (category.name == c.categoryName || category.nameEn.compare(c.categoryName, Qt::CaseInsensitive) == 0) {
            c.categoryId = category.id;
            return {};
        }
    }
    const QString message = Msg::tr("There is no category \"%1\".").arg(c.categoryName);
    return Error{ErrorCode::InvalidInput, message, {{QStringLiteral("category"), message}}};
}

} // namespace

int runCaseAdd(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli case add --json FILE|- --database FILE [--as USER]"),
                             Msg::tr("Register complaints from JSON: one object, or an array of objects, with the "
                                     "keys of case show --json (the case number and status are assigned). "
                                     "An array is registered all or nothing."));
    command.addDatabaseOption();
    const QCommandLineOption input(QStringLiteral("json"), Msg::tr("The JSON file, or - for standard input."),
                                   Msg::tr("FILE"));
    const SignInOptions as = addSignInOptions(command.parser());
    command.parser().addOption(input);
    if (auto stop = command.parse(arguments))
        return *stop;
    if (!command.parser().isSet(input))
        return fail(inputError(Msg::tr("Give the JSON with --json FILE (or --json - for standard input).")));

    auto bytes = readInput(command.parser().value(input));
    if (!bytes)
        return fail(bytes.error());
    auto text = decodeUtf8Strict(bytes.value());
    if (!text)
        return fail(text.error());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    if (document.isNull())
        return fail(inputError(Msg::tr("The JSON cannot be read at character %1: %2.")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString())));
    QJsonArray items = document.isArray() ? document.array() : QJsonArray{document.object()};
    if (items.isEmpty())
        return fail(inputError(Msg::tr("The JSON holds no complaint.")));

    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    const QSqlDatabase db = database.value()->connection();
    const auto actor = signedInName(db, command.parser(), as);
    if (!actor)
        return fail(actor.error());
    auto categories = TaxonomyRepository(db).categories(true);
    if (!categories)
        return fail(categories.error());

    // Read and check every item before writing any, so a bad item 57 of 200 leaves the
    // file as it was and says which item is wrong.
    QList<Complaint> complaints;
    QList<std::optional<PrepaidCard>> cards;
    for (int i = 0; i < items.size(); ++i) {
        const QString where = Msg::tr("Item %1: ").arg(i + 1);
        if (!items.at(i).isObject())
            return fail(inputError(where + Msg::tr("not a JSON object.")));
        auto complaint = complaintFromJson(items.at(i).toObject());
        if (!complaint)
            return fail(inputError(where + complaint.error().message));
        if (auto category = resolveCategory(complaint.value(), categories.value()); !category)
            return fail(inputError(where + category.error().message));
        complaint->status = CaseStatus::Registered;
        complaint->receivedAt = complaint->receivedAt.isValid() ? complaint->receivedAt : QDateTime::currentDateTime();
        auto card = prepaidCardFromJson(items.at(i).toObject());
        if (!card)
            return fail(inputError(where + card.error().message));
        if (card.value()) {
            if (auto valid = validatePrepaidCard(*card.value(), QDate::currentDate()); !valid)
                return fail(inputError(where + valid.error().message));
        }
        complaints.append(complaint.value());
        cards.append(card.value());
    }
    QList<NewCase> cases;
    for (int i = 0; i < complaints.size(); ++i)
        cases.append({complaints.at(i), cards.at(i)});
    // One transaction for every case and its card: nothing is half registered.
    auto added = registerCases(db, cases, actor.value());
    if (!added) {
        printErr(Msg::tr("Nothing was registered."));
        return fail(added.error());
    }
    for (const Complaint &c : added.value())
        printOut(c.caseNumber);
    return Success;
}

} // namespace casedesk::cli
