#include "storage/server_changes.h"
#include "storage/server_schema_steps.h"

namespace casedesk {

// Server step 6 (no SQLite counterpart: a file has one desk): live updates between desks.
// Every statement that changes cases, their timelines, follow-up visits or acknowledged alerts
// notifies the channel kServerChangeChannel with the table's name; PostgreSQL delivers it to
// every listening desk when the transaction commits (once per table and transaction), and
// nothing when it rolls back.
QStringList serverSchemaVersion6()
{
    QStringList statements{
        QStringLiteral("CREATE FUNCTION casedesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "PERFORM pg_notify('%1', TG_TABLE_NAME); RETURN NULL; END $$")
            .arg(QLatin1String(kServerChangeChannel)),
    };
    for (const char *table : {"complaints", "case_events", "follow_ups", "warning_alerts"}) {
        statements << QStringLiteral("CREATE TRIGGER notify_change_%1 AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                     "FOR EACH STATEMENT EXECUTE FUNCTION casedesk_notify_change()")
                          .arg(QLatin1String(table));
    }
    return statements;
}

} // namespace casedesk
