#pragma once

#include "letters/letter.h"
#include "result.h"

#include <QHash>
#include <QString>

// The built-in Chinese wording of each letter, with {placeholders} the letter service fills
// from the case. A council's own wording (Settings > Letters) uses the same placeholders.

namespace casedesk {

struct LetterWording {
    QString title;
    QString body;    // paragraphs, one per line (the page indents each)
    int version = 0; // 0: the built-in wording; else the council's saved version
};

LetterWording builtInWording(LetterKind kind);

// The placeholders a wording of `kind` may use, each with what it stands for (translated).
QList<std::pair<QString, QString>> letterPlaceholders(LetterKind kind);

// `text` with every {name} replaced by values[name]; a placeholder without a value is an
// error naming it (a misspelt placeholder never reaches paper as "{bussiness}").
Result<QString> fillPlaceholders(const QString &text, const QHash<QString, QString> &values);

} // namespace casedesk
