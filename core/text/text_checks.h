#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace casedesk {

// Decodes bytes that must be UTF-8 (import files, JSON, standard input); broken sequences
// are an error instead of silently becoming U+FFFD.
Result<QString> decodeUtf8Strict(const QByteArray &bytes);

// Text typed or pasted into a field: returns a translated problem, or an empty string.
// Refuses replacement characters (what broken UTF-8 turns into), unpaired surrogates
// and control characters other than line breaks and tabs.
QString textProblem(const QString &text);

} // namespace casedesk
