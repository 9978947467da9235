#pragma once

#include "recovered/recovered_entry.h"
#include "result.h"

#include <QCommandLineParser>

// The options of the commands that record money recovered (agreement perform, referral set,
// fund payout, group outcome --paid, recovered add): a sum another source already covers is
// refused with core's question unless the command line answers it.

namespace casedesk::cli {

struct RecoveryOptions {
    QCommandLineOption sameMoney;
    QCommandLineOption sameAs;
    QCommandLineOption separate;
    QCommandLineOption aboveAmount;
};

RecoveryOptions addRecoveryOptions(QCommandLineParser &parser);
// The answer the command line gives (usage error for contradicting options).
Result<RecoveryDecision> recoveryDecision(const QCommandLineParser &parser, const RecoveryOptions &options);
// Core's question with the options that answer it.
Error withRecoveryHint(const Error &error);

} // namespace casedesk::cli
