// points sheet / score / ranking / model: the model liaison points' assessment (示范联络点评选):
// a scoring sheet per year, points scored against it, the year's ranking, model points marked.

#include "cli_assessment_json.h"
#include "cli_case_support.h"
#include "cli_mediation_support.h"
#include "cli_points_support.h"
#include "cli_sign_in.h"
#include "cli_support.h"

#include "liaison/liaison_assessment_service.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QCommandLineOption yearOption()
{
    return QCommandLineOption(QStringLiteral("year"), Msg::tr("The assessment's year."), Msg::tr("Y"));
}

// --year (or another year option) as a year, or nothing.
std::optional<int> yearFrom(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool number = false;
    const int year = parser.value(option).toInt(&number);
    return number && year >= 1900 && year <= 9999 ? std::optional<int>(year) : std::nullopt;
}

int runSheetShow(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli points sheet show --year Y [--as USER] --database FILE"),
                             Msg::tr("Print the year's scoring sheet as JSON (categories, criteria, maximum points); "
                                     "edit it and load it back with sheet set."));
    command.addDatabaseOption();
    const QCommandLineOption year = yearOption();
    command.parser().addOption(year);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto y = yearFrom(command.parser(), year);
    if (!y)
        return fail(usageError(Msg::tr("Give the year with --year.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto sheet = LiaisonAssessmentService(session->db).sheet(*y, session->actor);
    if (!sheet)
        return fail(sheet.error());
    if (sheet->version == 0)
        printErr(Msg::tr("%1 has no scoring sheet yet: start one with points sheet copy --year %1.").arg(*y));
    printJson(sheetToJson(sheet.value()));
    return Success;
}

int runSheetCopy(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli points sheet copy --year Y [--from Y0] [--as USER] "
                                            "--database FILE"),
                             Msg::tr("Start the year's scoring sheet as a copy of Y0's, or of the latest earlier "
                                     "year's, or of the default sheet (5 categories, 21 criteria, 100 points) when "
                                     "there is none. Later changes to either year leave the other as it is."));
    command.addDatabaseOption();
    const QCommandLineOption year = yearOption();
    const QCommandLineOption from(QStringLiteral("from"), Msg::tr("The year to copy."), Msg::tr("Y0"));
    command.parser().addOptions({year, from});
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto y = yearFrom(command.parser(), year);
    const auto y0 = yearFrom(command.parser(), from);
    if (!y || (command.parser().isSet(from) && !y0))
        return fail(usageError(Msg::tr("Give the year with --year (and the year to copy with --from).")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto sheet = LiaisonAssessmentService(session->db).copySheet(*y, y0, session->actor);
    if (!sheet)
        return fail(sheet.error());
    printOut(Msg::tr("The %1 sheet: %2 categories, %3 criteria, %4 points.")
                 .arg(*y)
                 .arg(sheet->categories.size())
                 .arg(sheet->criterionCount())
                 .arg(sheet->maxPoints()));
    return Success;
}

int runSheetSet(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli points sheet set --year Y JSON|- [--as USER] --database FILE"),
                             Msg::tr("Save the year's whole scoring sheet from JSON as sheet show prints it. Criteria "
                                     "keep their id (a rename) or are matched by name; those left out are removed. A "
                                     "criterion with points given cannot be removed nor its maximum lowered below them."));
    command.addDatabaseOption();
    const QCommandLineOption year = yearOption();
    command.parser().addOption(year);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto y = yearFrom(command.parser(), year);
    const auto source = singleId(command.parser());
    if (!y || !source)
        return fail(usageError(Msg::tr("Give the year with --year and one JSON file, or - for standard input.")));
    auto object = readJsonObject(*source);
    if (!object)
        return fail(object.error());
    auto sheet = sheetFromJson(object.value(), *y);
    if (!sheet)
        return fail(sheet.error());
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    LiaisonAssessmentService service(session->db);
    if (!object->contains(QStringLiteral("version"))) {
        // No version in the file: the one stored now (the file is meant to replace it).
        auto stored = service.sheet(*y, session->actor);
        if (!stored)
            return fail(stored.error());
        sheet->version = stored->version;
    }
    auto saved = service.saveSheet(sheet.value(), session->actor);
    if (!saved)
        return fail(saved.error());
    printOut(Msg::tr("The %1 sheet: %2 categories, %3 criteria, %4 points.")
                 .arg(*y)
                 .arg(saved->categories.size())
                 .arg(saved->criterionCount())
                 .arg(saved->maxPoints()));
    return Success;
}

} // namespace

int runPointsSheet(const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("show"))
        return runSheetShow(arguments.mid(1));
    if (verb == QLatin1String("copy"))
        return runSheetCopy(arguments.mid(1));
    if (verb == QLatin1String("set"))
        return runSheetSet(arguments.mid(1));
    printErr(Msg::tr("Usage: casedesk-cli points sheet show|copy|set ... (--help on each)"));
    return UserError;
}

int runPointsScore(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli points score POINT --year Y JSON|- [--as USER] --database FILE"),
                             Msg::tr("Score a liaison point for a year from JSON: {\"scores\": [{\"criterion\": ID or "
                                     "name, \"points\": N, \"note\": \"...\"}], \"notes\": \"...\"}. Each criterion of "
                                     "the year's sheet from 0 to its maximum; criteria left out score 0. Give "
                                     "\"version\" to be told when someone scored the point since you read it. "
                                     "Prints the total."));
    command.addDatabaseOption();
    const QCommandLineOption year = yearOption();
    command.parser().addOption(year);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const QStringList positional = command.parser().positionalArguments();
    const auto point = positiveId(positional.value(0));
    const auto y = yearFrom(command.parser(), year);
    if (positional.size() != 2 || !point || !y)
        return fail(usageError(Msg::tr("Give the point's id, the year with --year and one JSON file, or - for "
                                       "standard input.")));
    auto object = readJsonObject(positional.at(1));
    if (!object)
        return fail(object.error());
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    LiaisonAssessmentService service(session->db);
    auto sheet = service.sheet(*y, session->actor);
    if (!sheet)
        return fail(sheet.error());
    auto stored = service.assessment(*point, *y, session->actor);
    if (!stored)
        return fail(stored.error());
    auto assessment = assessmentFromJson(object.value(), sheet.value(), stored.value());
    if (!assessment)
        return fail(assessment.error());
    auto saved = service.score(assessment.value(), session->actor);
    if (!saved)
        return fail(saved.error());
    printOut(Msg::tr("Point %1 scored %2 of %3 points for %4.")
                 .arg(*point)
                 .arg(saved->total())
                 .arg(sheet->maxPoints())
                 .arg(*y));
    return Success;
}

int runPointsRanking(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli points ranking --year Y [--json] [--as USER] --database FILE"),
                             Msg::tr("The year's scored points, best first: rank, id, name, total, model-point title. "
                                     "Equal totals are decided by the categories' points in the sheet's order; points "
                                     "equal even there share the rank."));
    command.addDatabaseOption();
    const QCommandLineOption year = yearOption();
    const QCommandLineOption json(QStringLiteral("json"), Msg::tr("Print JSON for programs."));
    command.parser().addOptions({year, json});
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto y = yearFrom(command.parser(), year);
    if (!y)
        return fail(usageError(Msg::tr("Give the year with --year.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    auto ranking = LiaisonAssessmentService(session->db).ranking(*y, session->actor);
    if (!ranking)
        return fail(ranking.error());
    if (command.parser().isSet(json)) {
        QJsonArray array;
        for (const AssessmentRank &r : ranking.value())
            array.append(rankToJson(r));
        printJson(array);
        return Success;
    }
    for (const AssessmentRank &r : ranking.value())
        printOut(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(r.rank).arg(r.pointId).arg(r.pointName).arg(r.total).arg(r.modelTitle));
    return Success;
}

int runPointsModel(const QStringList &arguments)
{
    SubcommandParser command(QStringLiteral("casedesk-cli points model POINT --year Y [--title T | --unmark] "
                                            "[--as USER] --database FILE"),
                             Msg::tr("Mark a point scored for the year as a model point (示范联络点, or the title "
                                     "given) of that year, or take the title away with --unmark."));
    command.addDatabaseOption();
    const QCommandLineOption year = yearOption();
    const QCommandLineOption title(QStringLiteral("title"), Msg::tr("The title conferred."), Msg::tr("T"));
    const QCommandLineOption unmark(QStringLiteral("unmark"), Msg::tr("Take the year's title away."));
    command.parser().addOptions({year, title, unmark});
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto point = positiveId(singleId(command.parser()).value_or(QString()));
    const auto y = yearFrom(command.parser(), year);
    if (!point || !y || (command.parser().isSet(title) && command.parser().isSet(unmark)))
        return fail(usageError(Msg::tr("Give the point's id and the year with --year, and either --title or --unmark.")));
    auto session = openSession(command, as);
    if (!session)
        return fail(session.error());
    LiaisonAssessmentService service(session->db);
    auto changed = command.parser().isSet(unmark)
                       ? service.unmarkModel(*point, *y, session->actor)
                       : service.markModel(*point, *y, command.parser().value(title), session->actor);
    if (!changed)
        return fail(changed.error());
    printOut(changed->modelTitle.isEmpty() ? Msg::tr("%1 holds no model-point title now.").arg(changed->name)
                                           : Msg::tr("%1: %2 of %3.").arg(changed->name, changed->modelTitle).arg(*y));
    return Success;
}

} // namespace casedesk::cli
