#pragma once

#include "letters/letter.h"
#include "letters/letter_wording.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace casedesk {

// One saved version of a council's wording of a letter.
struct SavedWording {
    LetterKind kind = LetterKind::Acceptance;
    LetterWording wording;
    QString savedBy;
    QDateTime savedAt;
};

// A council's wordings of letters (table letter_templates, schema step 20): every saved
// version, never changed or removed.
class LetterTemplateRepository {
public:
    explicit LetterTemplateRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The newest saved version of the kind's wording, if there is one.
    Result<std::optional<SavedWording>> latest(LetterKind kind) const;
    // Every saved version, newest first.
    Result<QList<SavedWording>> versions(LetterKind kind) const;
    // Inside the caller's transaction: the wording as the next version; that version.
    Result<int> add(LetterKind kind, const QString &title, const QString &body, const QString &savedBy,
                    const QDateTime &savedAt);

private:
    QSqlDatabase m_db;
};

} // namespace casedesk
