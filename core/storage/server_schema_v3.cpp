#include "storage/server_schema_steps.h"

namespace casedesk {

// Server step 3, the model of SQLite step 17 (schema_v17.cpp): a change of the working
// calendar or of the deadline rules notes the days it concerns in stats_dirty_days instead of
// asking for a full recount. Same trigger names as SQLite's; one function per table.
QStringList serverSchemaVersion3()
{
    QStringList sql = {
        QStringLiteral("CREATE TABLE stats_dirty_days ("
                       " kind TEXT COLLATE \"C\" NOT NULL CHECK (kind IN ('calendar', 'rules')),"
                       " day TEXT COLLATE \"C\" NOT NULL,"
                       " PRIMARY KEY (kind, day))"),
        QStringLiteral("CREATE FUNCTION stats_note_day(noted_kind TEXT, noted TEXT) RETURNS void LANGUAGE sql AS $$"
                       " INSERT INTO stats_dirty_days(kind, day) SELECT noted_kind, noted WHERE noted IS NOT NULL"
                       " ON CONFLICT DO NOTHING $$"),
        QStringLiteral("CREATE FUNCTION stats_note_calendar_day() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                       " IF TG_OP <> 'INSERT' THEN PERFORM stats_note_day('calendar', OLD.day); END IF;"
                       " IF TG_OP <> 'DELETE' THEN PERFORM stats_note_day('calendar', NEW.day); END IF;"
                       " RETURN NULL; END $$"),
        QStringLiteral("CREATE FUNCTION stats_note_rule_set() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                       " IF TG_OP <> 'INSERT' THEN PERFORM stats_note_day('rules', OLD.effective_from); END IF;"
                       " IF TG_OP <> 'DELETE' THEN PERFORM stats_note_day('rules', NEW.effective_from); END IF;"
                       " RETURN NULL; END $$"),
        // A rule deleted with its set finds no set any more: the set's own trigger noted it.
        QStringLiteral("CREATE FUNCTION stats_note_rule() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                       " IF TG_OP <> 'INSERT' THEN PERFORM stats_note_day('rules',"
                       "   (SELECT effective_from FROM deadline_rule_sets WHERE id = OLD.rule_set_id)); END IF;"
                       " IF TG_OP <> 'DELETE' THEN PERFORM stats_note_day('rules',"
                       "   (SELECT effective_from FROM deadline_rule_sets WHERE id = NEW.rule_set_id)); END IF;"
                       " RETURN NULL; END $$"),
    };
    const std::pair<const char *, const char *> tables[] = {{"calendar_days", "stats_note_calendar_day"},
                                                            {"deadline_rule_sets", "stats_note_rule_set"},
                                                            {"deadline_rules", "stats_note_rule"}};
    for (const auto &[table, function] : tables) {
        for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
            const QString name =
                QStringLiteral("stats_note_%1_%2").arg(QLatin1String(table), QString::fromLatin1(event).toLower());
            sql << QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, QLatin1String(table))
                << QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %4()")
                       .arg(name, QLatin1String(event), QLatin1String(table), QLatin1String(function));
        }
    }
    sql << QStringLiteral("DROP FUNCTION stats_note_everything()");
    return sql;
}

} // namespace casedesk
