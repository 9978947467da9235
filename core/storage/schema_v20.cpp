#include "storage/schema_steps.h"

namespace casedesk {

// Version 20: letters and records for a case's parties (issue 22).
// - letter_templates: a council's own wording of each kind of letter, every saved version
//   kept (version 0, the built-in wording, is not stored); the newest version is used.
// - letters: each letter recorded as sent, kept as it went out (its title, addressee, text,
//   the council's name and the date it bears) so that a reprint is the letter that was sent,
//   whatever the settings or wording are today; template_version says which wording it had.
QStringList schemaVersion20()
{
    return {
        QStringLiteral("CREATE TABLE letter_templates ("
                       " kind TEXT NOT NULL CHECK (kind IN ('acceptance', 'refusal', 'return', 'termination', 'forwarding', 'session_record', 'follow_up_record', 'payout_receipt')),"
                       " version INTEGER NOT NULL CHECK (version > 0),"
                       " title TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " saved_by TEXT NOT NULL,"
                       " saved_at TEXT NOT NULL,"
                       " PRIMARY KEY (kind, version))"),
        QStringLiteral("CREATE TABLE letters ("
                       " id INTEGER PRIMARY KEY,"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('acceptance', 'refusal', 'return', 'termination', 'forwarding', 'session_record', 'follow_up_record', 'payout_receipt')),"
                       " template_version INTEGER NOT NULL DEFAULT 0,"
                       " council_name TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " addressee TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " letter_date TEXT NOT NULL,"
                       " method TEXT NOT NULL CHECK (method IN ('post', 'sms', 'in_person', 'email')),"
                       " sent_on TEXT NOT NULL,"
                       " recorded_by TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX letters_complaint ON letters(complaint_id)"),
    };
}

} // namespace casedesk
