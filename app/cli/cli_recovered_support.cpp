#include "cli_recovered_support.h"

#include "cli_support.h"

#include "recovered/recovered_ledger.h"

#include <QCoreApplication>

namespace casedesk::cli {
namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

RecoveryOptions addRecoveryOptions(QCommandLineParser &parser)
{
    RecoveryOptions options{
        QCommandLineOption(QStringLiteral("same-money"),
                           Msg::tr("The sum is money another source of the case already recorded: link it to that "
                                   "entry and count it once.")),
        QCommandLineOption(QStringLiteral("same-as"),
                           Msg::tr("Like --same-money, naming the entry (see `recovered list`)."), Msg::tr("ENTRY")),
        QCommandLineOption(QStringLiteral("separate"),
                           Msg::tr("The sum is money of its own, besides what other sources recorded.")),
        QCommandLineOption(QStringLiteral("above-amount"),
                           Msg::tr("Confirm a total money recovered above the case's amount involved.")),
    };
    for (const QCommandLineOption &option : {options.sameMoney, options.sameAs, options.separate, options.aboveAmount})
        parser.addOption(option);
    return options;
}

Result<RecoveryDecision> recoveryDecision(const QCommandLineParser &parser, const RecoveryOptions &options)
{
    const bool same = parser.isSet(options.sameMoney) || parser.isSet(options.sameAs);
    if (same && parser.isSet(options.separate))
        return usageError(Msg::tr("Give --same-money (or --same-as) or --separate, not both."));
    RecoveryDecision decision;
    if (parser.isSet(options.sameAs)) {
        bool ok = false;
        const qint64 entry = parser.value(options.sameAs).toLongLong(&ok);
        if (!ok || entry <= 0)
            return usageError(Msg::tr("--same-as takes the number of an entry (see `recovered list`)."));
        decision = RecoveryDecision::sameMoney(entry);
    } else if (same) {
        decision = RecoveryDecision::sameMoney();
    } else if (parser.isSet(options.separate)) {
        decision = RecoveryDecision::separate();
    }
    decision.aboveAmountConfirmed = parser.isSet(options.aboveAmount);
    return decision;
}

Error withRecoveryHint(const Error &error)
{
    Error hinted = error;
    if (asksSameMoney(error))
        hinted.message += QLatin1Char(' ') + Msg::tr("Nothing was recorded. Add --same-money if it is the same money "
                                                     "(or --same-as ENTRY), or --separate if it is not.");
    else if (asksAboveAmount(error))
        hinted.message += QLatin1Char(' ') + Msg::tr("Nothing was recorded. Add --above-amount to confirm it.");
    return hinted;
}

} // namespace casedesk::cli
