#pragma once

#include "domain/grounds.h"
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

// The ground as a letter's sentence gives it ("因……"): formal Chinese, whatever the window's
// language (the translated labels of grounds.h are for lists).
QString groundPhrase(RefusalGround ground);
QString groundPhrase(ReturnReason reason);
QString groundPhrase(TerminationGround ground);
// The same ground as a letter to a court gives it, of the parties in the third person.
QString groundPhraseForCourt(TerminationGround ground);

// `text` with every {name} replaced by values[name]; a placeholder without a value is an
// error naming it (a misspelt placeholder never reaches paper as "{bussiness}").
Result<QString> fillPlaceholders(const QString &text, const QHash<QString, QString> &values);

} // namespace casedesk
