// retention: anonymise the personal data of cases closed longer ago than the retention period.

#include "cli_sign_in.h"
#include "cli_support.h"

#include "auth/desk_administration.h"
#include "privacy/retention_service.h"

#include <QCoreApplication>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printItems(const RetentionPreview &preview)
{
    for (const RetentionItem &item : preview.items) {
        printOut(QStringList{item.maskedName, item.maskedPhone, item.caseNumbers.join(QLatin1Char(',')),
                             Msg::tr("last closed %1").arg(item.lastClosedAt.toString(QStringLiteral("yyyy-MM-dd")))}
                     .join(QLatin1Char('\t')));
    }
}

} // namespace

int runRetention(const QStringList &arguments)
{
    SubcommandParser command(
        QStringLiteral("casedesk-cli retention --preview|--apply [--years N] --database FILE [--as USER]"),
        Msg::tr("Anonymise the complainants whose cases were all closed more than the retention period ago "
                "(a setting, default 3 years): their name, phone, ID number and address are removed; the cases "
                "stay for statistics. --preview lists who would be changed; --apply changes them and records it. "
                "Administrators only."));
    command.addDatabaseOption();
    const QCommandLineOption preview(QStringLiteral("preview"), Msg::tr("List what would change; change nothing."));
    const QCommandLineOption apply(QStringLiteral("apply"), Msg::tr("Anonymise them now."));
    const QCommandLineOption years(QStringLiteral("years"),
                                   Msg::tr("First set the retention period to N years (a desk setting)."), Msg::tr("N"));
    for (const auto &option : {preview, apply, years})
        command.parser().addOption(option);
    const SignInOptions as = addSignInOptions(command.parser());
    if (auto stop = command.parse(arguments))
        return *stop;
    if (command.parser().isSet(preview) == command.parser().isSet(apply))
        return fail({ErrorCode::InvalidInput, Msg::tr("Give either --preview or --apply."), {}});
    int newYears = 0;
    if (command.parser().isSet(years)) {
        bool ok = false;
        newYears = command.parser().value(years).toInt(&ok);
        if (!ok)
            return fail({ErrorCode::InvalidInput, Msg::tr("--years takes a whole number."), {}});
    }

    auto database = command.openDatabase(false);
    if (!database)
        return fail(database.error());
    const QSqlDatabase db = database.value()->connection();
    const auto actor = signedInName(db, command.parser(), as);
    if (!actor)
        return fail(actor.error());
    if (command.parser().isSet(years)) {
        if (auto set = DeskAdministration(db).setRetentionYears(actor.value(), newYears); !set)
            return fail(set.error());
    }
    RetentionService retention(db);
    if (command.parser().isSet(preview)) {
        auto found = retention.preview(actor.value());
        if (!found)
            return fail(found.error());
        printItems(found.value());
        printOut(Msg::tr("%1 complainants in %2 cases closed before %3 (retention %4 years) would be anonymised.")
                     .arg(found->items.size())
                     .arg(found->caseCount())
                     .arg(found->cutoff.toString(QStringLiteral("yyyy-MM-dd")))
                     .arg(found->years));
        return Success;
    }
    auto done = retention.apply(actor.value());
    if (!done)
        return fail(done.error());
    printItems(done.value());
    printOut(Msg::tr("Anonymised %1 complainants in %2 cases closed before %3.")
                 .arg(done->items.size())
                 .arg(done->caseCount())
                 .arg(done->cutoff.toString(QStringLiteral("yyyy-MM-dd"))));
    return Success;
}

} // namespace casedesk::cli
