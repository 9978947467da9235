#include "storage/schema_steps.h"

namespace casedesk {

// Version 19: early warning keeps the runs it has found (issue 15). Finding them read the
// daily counts of every business that could reach a rule's floor at every look (0.85 s on a
// million cases); now only the businesses whose counts changed are looked at again.
// - warning_runs: every run of every active rule, as detectRuns() finds it.
// - warning_dirty: the businesses whose daily counts changed since (triggers on
//   business_day_counts note them); business 0 stands for all of them, noted when a rule
//   changes, by this step and by the writers that count the days anew (bulk writer, moving
//   between engines).
// - warning_runs_basis: the first day on record the runs were found with; an older case
//   moves it and has every business looked at again.
QStringList schemaVersion19()
{
    // NOT EXISTS rather than OR IGNORE: in a trigger, the conflict clause of the statement that
    // fired it (the day counts' upsert) would override OR IGNORE.
    const QString note = QStringLiteral(
        "CREATE TRIGGER %1 AFTER %2 ON business_day_counts BEGIN INSERT INTO warning_dirty(business_id) "
        "SELECT %3.business_id WHERE NOT EXISTS (SELECT 1 FROM warning_dirty WHERE business_id = %3.business_id); END");
    const QString all = QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON warning_rules BEGIN "
                                       "INSERT INTO warning_dirty(business_id) SELECT 0 WHERE NOT EXISTS "
                                       "(SELECT 1 FROM warning_dirty WHERE business_id = 0); END");
    return {
        QStringLiteral("CREATE TABLE warning_runs ("
                       " rule_id INTEGER NOT NULL,"
                       " business_id INTEGER NOT NULL,"
                       " first_day TEXT NOT NULL,"
                       " last_day TEXT NOT NULL,"
                       " complaints INTEGER NOT NULL,"
                       " prepaid INTEGER NOT NULL,"
                       " score_percent INTEGER NOT NULL,"
                       " baseline_percent INTEGER NOT NULL,"
                       " PRIMARY KEY (rule_id, business_id, first_day))"),
        QStringLiteral("CREATE INDEX warning_runs_business ON warning_runs(business_id)"),
        QStringLiteral("CREATE TABLE warning_dirty (business_id INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TABLE warning_runs_basis (observed_from TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO warning_dirty(business_id) VALUES (0)"),
        note.arg(QStringLiteral("warning_note_day_added"), QStringLiteral("INSERT"), QStringLiteral("NEW")),
        note.arg(QStringLiteral("warning_note_day_changed"), QStringLiteral("UPDATE"), QStringLiteral("NEW")),
        note.arg(QStringLiteral("warning_note_day_removed"), QStringLiteral("DELETE"), QStringLiteral("OLD")),
        all.arg(QStringLiteral("warning_note_rule_added"), QStringLiteral("INSERT")),
        all.arg(QStringLiteral("warning_note_rule_changed"), QStringLiteral("UPDATE")),
        all.arg(QStringLiteral("warning_note_rule_removed"), QStringLiteral("DELETE")),
    };
}

} // namespace casedesk
