#pragma once

#include "letters/letter.h"
#include "result.h"

#include <QSqlDatabase>

namespace casedesk {

// The letters recorded as sent (table letters, schema step 20 / server step 8).
class LetterRepository {
public:
    explicit LetterRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inside the caller's transaction; the new letter's id.
    Result<qint64> add(const SentLetter &sent);
    // A case's letters, oldest first.
    Result<QList<SentLetter>> ofCase(qint64 caseId) const;
    // One letter; NotFound when there is none with that id.
    Result<SentLetter> get(qint64 id) const;
    // A complainant whose data leaves the desk (privacy/retention_service.h): their name becomes
    // `replacement` and their phone, ID number and address go from the text and the laid-out page
    // of the letters on their cases (kept as sent otherwise).
    Status eraseComplainant(qint64 consumerId, const QString &replacement);

private:
    Result<QList<SentLetter>> select(const QString &where, const QVariant &value) const;
    QSqlDatabase m_db;
};

} // namespace casedesk
