#pragma once

#include "recovered/recovered_entry.h"
#include "result.h"

#include <functional>

class QWidget;

namespace casedesk {

// The questions core asks before money recovered is recorded (recovered_ledger.h): is it the
// same money as another source's entry, and is a total above the amount involved right?
// Asks the user `error`'s question and updates `decision` with the answer. False when
// `error` is no such question, or the user cancelled: the caller shows or drops the error.
bool askRecoveryQuestion(QWidget *parent, const Error &error, RecoveryDecision &decision);

// Runs `attempt` until it succeeds, fails with something other than a question, or the
// user cancels a question (the error is then returned as it was).
template <typename T>
Result<T> withRecoveryQuestions(QWidget *parent, const std::function<Result<T>(const RecoveryDecision &)> &attempt)
{
    RecoveryDecision decision;
    for (;;) {
        Result<T> result = attempt(decision);
        if (result.ok() || !askRecoveryQuestion(parent, result.error(), decision))
            return result;
    }
}

} // namespace casedesk
