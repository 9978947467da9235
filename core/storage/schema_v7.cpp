#include "storage/schema_steps.h"

namespace casedesk {

// Version 7: sign-in and personal-data protection.
// - users: a password (an Argon2id string from libsodium, empty until one is set), the
//   failed sign-ins in a row and a lock-out time; the role CHECK gains 'auditor'. SQLite
//   cannot change a CHECK constraint in place, so the table is rebuilt (no other table
//   refers to users by id: cases and audit lines record the name).
// - desk_events: what happens to the desk rather than to one case (sign-ins refused,
//   lock-outs, users and settings changed, retention runs), with who and when.
// - consumers.anonymised_at: set when retention replaced the person's data, so a second
//   run neither counts nor touches them again.
QStringList schemaVersion7()
{
    return {
        QStringLiteral("CREATE TABLE users_v7 ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " role TEXT NOT NULL"
                       "  CHECK (role IN ('caseworker', 'supervisor', 'administrator', 'auditor')),"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " created_at TEXT NOT NULL,"
                       " password_hash TEXT NOT NULL DEFAULT '',"
                       " failed_sign_ins INTEGER NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),"
                       " locked_until TEXT)"),
        QStringLiteral("INSERT INTO users_v7(id, name, role, active, created_at)"
                       " SELECT id, name, role, active, created_at FROM users"),
        QStringLiteral("DROP TABLE users"),
        QStringLiteral("ALTER TABLE users_v7 RENAME TO users"),

        QStringLiteral("CREATE TABLE desk_events ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " subject TEXT NOT NULL DEFAULT '',"
                       " detail TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX desk_events_at ON desk_events(at, id)"),

        QStringLiteral("ALTER TABLE consumers ADD COLUMN anonymised_at TEXT"),
    };
}

} // namespace casedesk
