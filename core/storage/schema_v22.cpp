#include "storage/schema_steps.h"

namespace casedesk {

namespace {

const char *const kLetterKinds = "'acceptance', 'refusal', 'return', 'termination', 'forwarding', 'session_record', "
                                 "'follow_up_record', 'payout_receipt', 'agreement', 'referral'";

} // namespace

// Version 22: the mediation agreement and the referral letter join the letters (issue 22):
// - letter_templates and letters accept the kinds 'agreement' and 'referral' (SQLite cannot
//   change a CHECK constraint: both tables are copied into new ones);
// - letters.page: the whole page of a letter with its own layout (the referral letter's tables)
//   as it was sent, reprinted from it; NULL for the letters made of paragraphs.
QStringList schemaVersion22()
{
    const QString kinds = QString::fromLatin1(kLetterKinds);
    return {
        QStringLiteral("CREATE TABLE letter_templates_22 ("
                       " kind TEXT NOT NULL CHECK (kind IN (%1)),"
                       " version INTEGER NOT NULL CHECK (version > 0),"
                       " title TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " saved_by TEXT NOT NULL,"
                       " saved_at TEXT NOT NULL,"
                       " PRIMARY KEY (kind, version))")
            .arg(kinds),
        QStringLiteral("INSERT INTO letter_templates_22 SELECT kind, version, title, body, saved_by, saved_at "
                       "FROM letter_templates"),
        QStringLiteral("DROP TABLE letter_templates"),
        QStringLiteral("ALTER TABLE letter_templates_22 RENAME TO letter_templates"),
        QStringLiteral("CREATE TABLE letters_22 ("
                       " id INTEGER PRIMARY KEY,"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                       " kind TEXT NOT NULL CHECK (kind IN (%1)),"
                       " template_version INTEGER NOT NULL DEFAULT 0,"
                       " council_name TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " addressee TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " letter_date TEXT NOT NULL,"
                       " method TEXT NOT NULL CHECK (method IN ('post', 'sms', 'in_person', 'email')),"
                       " sent_on TEXT NOT NULL,"
                       " recorded_by TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL,"
                       " page TEXT)")
            .arg(kinds),
        QStringLiteral("INSERT INTO letters_22 SELECT id, complaint_id, kind, template_version, council_name, title, "
                       "addressee, body, letter_date, method, sent_on, recorded_by, recorded_at, NULL FROM letters"),
        QStringLiteral("DROP TABLE letters"),
        QStringLiteral("ALTER TABLE letters_22 RENAME TO letters"),
        QStringLiteral("CREATE INDEX letters_complaint ON letters(complaint_id)"),
    };
}

} // namespace casedesk
