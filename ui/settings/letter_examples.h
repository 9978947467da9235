#pragma once

#include "letters/letter.h"

#include <QHash>
#include <QString>

// The example case Settings > Letters previews a wording on, so that a council sees its letter
// as a citizen (or a court) will.

namespace casedesk {

// The placeholders' values for the example case; a placeholder without an example shows what
// it stands for.
QHash<QString, QString> exampleLetterValues(LetterKind kind);

// To whom the example letter of `kind` is addressed.
QString exampleAddressee(LetterKind kind);

// The example letter laid out as it prints: the agreement and the referral letter as their
// papers on the example case, every other kind from its paragraphs.
QString exampleLetterHtml(const Letter &letter);

} // namespace casedesk
