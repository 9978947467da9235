#pragma once

#include "letters/letter.h"
#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// The same letter to every member of a group case, all or nothing: each composed and laid out
// first, then all recorded as sent in one transaction, and only then put where asked, as one
// PDF (`target` a file) or a folder of PDFs, one per member (`target` an existing folder; a
// letter's file there must not exist yet). A failure anywhere leaves neither records nor files.
struct LetterBatch {
    QList<qint64> caseIds;
    LetterKind kind = LetterKind::Acceptance;
    SendMethod method = SendMethod::Post;
    QDate sentOn;
    QString target;
    bool onePdf = true;
};

// The files written, in the order of the cases.
Result<QStringList> sendLetterBatch(const QSqlDatabase &db, const LetterBatch &batch, const QString &actor);

} // namespace casedesk
