#include "storage/schema_steps.h"

namespace casedesk {

// Version 12: statistics summaries, so a year's dashboard does not read a million cases.
//
// stats_summary holds, per calendar month ('2025-03') and per year ('2025'), per district
// of the business, the measures of docs/statistics.md: totals on the row with an empty
// dimension, and the received / finished counts per group of every breakdown dimension.
// stats_case_facts keeps, per case, what it was counted as (its months, groups, amounts,
// resolved and on-time results), so that a change is counted by taking the old facts off
// and adding the new ones: a few rows, not a recount. core/stats/stats_summary_counter.cpp
// does all of this; nothing else writes these tables.
//
// The triggers below count nothing themselves: they note which cases changed
// (stats_dirty_cases) and which months' mediation and follow-up counts did
// (stats_dirty_months), and the next reader brings the summaries up to date first. A
// change of the working calendar or the deadline rules can move any case's on-time result,
// so it notes '*', a full recount; so does this step, so that an existing file is counted
// once by the application, with progress, rather than inside the migration.
QStringList schemaVersion12()
{
    // Notes case `%1` (not INSERT OR IGNORE: inside a trigger, the conflict clause of the
    // statement that fired it, an upsert, would win).
    const QString noteCase =
        QStringLiteral(" INSERT INTO stats_dirty_cases(complaint_id) SELECT %1"
                       " WHERE NOT EXISTS (SELECT 1 FROM stats_dirty_cases WHERE complaint_id = %1);");
    // Notes the months `%1` selects (a column named month).
    const QString noteMonths =
        QStringLiteral(" INSERT INTO stats_dirty_months(month) SELECT DISTINCT month FROM (%1)"
                       " WHERE month IS NOT NULL AND month NOT IN (SELECT month FROM stats_dirty_months);");
    // The months of the mediation results and follow-up visits of the cases `%1` selects.
    const QString eventMonths =
        QStringLiteral("SELECT substr(at, 1, 7) AS month FROM case_events WHERE complaint_id IN (%1)"
                       " AND to_status IN ('agreement_reached', 'mediation_terminated')"
                       " UNION SELECT substr(at, 1, 7) FROM follow_ups WHERE complaint_id IN (%1)");
    const QString mediationResult = QStringLiteral("%1.to_status IN ('agreement_reached', 'mediation_terminated')");

    QStringList steps = {
        QStringLiteral("CREATE TABLE stats_summary ("
                       " period TEXT NOT NULL," // 'YYYY-MM' or 'YYYY'
                       " district TEXT NOT NULL,"
                       " dimension TEXT NOT NULL," // '' for the totals, else a StatsDimension code
                       " key TEXT NOT NULL,"       // the group ('' for the totals)
                       " received INTEGER NOT NULL DEFAULT 0,"
                       " amount_fen INTEGER NOT NULL DEFAULT 0,"
                       " hotline INTEGER NOT NULL DEFAULT 0,"
                       " finished INTEGER NOT NULL DEFAULT 0,"
                       " resolved INTEGER NOT NULL DEFAULT 0,"
                       " recovered_fen INTEGER NOT NULL DEFAULT 0,"
                       " on_time_checked INTEGER NOT NULL DEFAULT 0,"
                       " on_time INTEGER NOT NULL DEFAULT 0,"
                       " agreements INTEGER NOT NULL DEFAULT 0,"
                       " terminations INTEGER NOT NULL DEFAULT 0,"
                       " satisfied INTEGER NOT NULL DEFAULT 0,"
                       " basically_satisfied INTEGER NOT NULL DEFAULT 0,"
                       " dissatisfied INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (period, dimension, district, key)) WITHOUT ROWID"),
        // The largest groups of a period first: top businesses without sorting them all.
        QStringLiteral("CREATE INDEX stats_summary_largest ON stats_summary(period, dimension, received)"),
        QStringLiteral("CREATE TABLE stats_case_facts ("
                       " complaint_id INTEGER PRIMARY KEY,"
                       " district TEXT NOT NULL,"
                       " received_month TEXT NOT NULL,"
                       " finished_month TEXT," // NULL unless the case is closed
                       " category TEXT NOT NULL, nature TEXT NOT NULL, channel TEXT NOT NULL, street TEXT NOT NULL,"
                       " business TEXT NOT NULL, caseworker TEXT NOT NULL,"
                       " amount_fen INTEGER NOT NULL, hotline INTEGER NOT NULL, resolved INTEGER NOT NULL,"
                       " recovered_fen INTEGER NOT NULL,"
                       " on_time INTEGER)"), // NULL when it cannot be judged
        QStringLiteral("CREATE TABLE stats_dirty_cases (complaint_id INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TABLE stats_dirty_months (month TEXT PRIMARY KEY) WITHOUT ROWID"), // '*': everything
        QStringLiteral("INSERT INTO stats_dirty_months(month) VALUES ('*')"),

        QStringLiteral("CREATE TRIGGER stats_note_complaint_insert AFTER INSERT ON complaints BEGIN") +
            noteCase.arg(QStringLiteral("new.id")) + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER stats_note_complaint_update AFTER UPDATE OF business_id, received_at,"
                       " closed_at, accepted_at, status, amount_fen, recovered_fen, category_id, channel, nature,"
                       " assignee ON complaints BEGIN") +
            noteCase.arg(QStringLiteral("new.id")) + QStringLiteral(" END"),
        // A case moved to another business (a merge): its mediations and visits count in
        // the new business's district.
        QStringLiteral("CREATE TRIGGER stats_note_complaint_move AFTER UPDATE OF business_id ON complaints BEGIN") +
            noteMonths.arg(eventMonths.arg(QStringLiteral("new.id"))) + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER stats_note_complaint_delete BEFORE DELETE ON complaints BEGIN") +
            noteCase.arg(QStringLiteral("old.id")) + noteMonths.arg(eventMonths.arg(QStringLiteral("old.id"))) +
            QStringLiteral(" END"),

        // An event can decide whether a closed case counts as resolved.
        QStringLiteral("CREATE TRIGGER stats_note_event_insert AFTER INSERT ON case_events BEGIN") +
            noteCase.arg(QStringLiteral("new.complaint_id")) +
            noteMonths.arg(QStringLiteral("SELECT substr(new.at, 1, 7) AS month WHERE ") +
                           mediationResult.arg(QStringLiteral("new"))) +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER stats_note_event_update AFTER UPDATE ON case_events BEGIN") +
            noteCase.arg(QStringLiteral("old.complaint_id")) + noteCase.arg(QStringLiteral("new.complaint_id")) +
            noteMonths.arg(QStringLiteral("SELECT substr(old.at, 1, 7) AS month WHERE ") +
                           mediationResult.arg(QStringLiteral("old")) +
                           QStringLiteral(" UNION SELECT substr(new.at, 1, 7) WHERE ") +
                           mediationResult.arg(QStringLiteral("new"))) +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER stats_note_event_delete BEFORE DELETE ON case_events BEGIN") +
            noteCase.arg(QStringLiteral("old.complaint_id")) +
            noteMonths.arg(QStringLiteral("SELECT substr(old.at, 1, 7) AS month WHERE ") +
                           mediationResult.arg(QStringLiteral("old"))) +
            QStringLiteral(" END"),

        QStringLiteral("CREATE TRIGGER stats_note_follow_up_insert AFTER INSERT ON follow_ups BEGIN") +
            noteMonths.arg(QStringLiteral("SELECT substr(new.at, 1, 7) AS month")) + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER stats_note_follow_up_update AFTER UPDATE ON follow_ups BEGIN") +
            noteMonths.arg(QStringLiteral("SELECT substr(old.at, 1, 7) AS month UNION SELECT substr(new.at, 1, 7)")) +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER stats_note_follow_up_delete BEFORE DELETE ON follow_ups BEGIN") +
            noteMonths.arg(QStringLiteral("SELECT substr(old.at, 1, 7) AS month")) + QStringLiteral(" END"),

        // A business moved to another district or street: its cases count there now.
        QStringLiteral(
            "CREATE TRIGGER stats_note_business_update AFTER UPDATE OF district, street ON businesses"
            " BEGIN"
            " INSERT INTO stats_dirty_cases(complaint_id) SELECT id FROM complaints WHERE business_id = new.id"
            " AND id NOT IN (SELECT complaint_id FROM stats_dirty_cases);") +
            noteMonths.arg(eventMonths.arg(QStringLiteral("SELECT id FROM complaints WHERE business_id = new.id"))) +
            QStringLiteral(" END"),
    };
    // The on-time check reads the calendar and the rule sets in force.
    for (const QString &table :
         {QStringLiteral("calendar_days"), QStringLiteral("deadline_rule_sets"), QStringLiteral("deadline_rules")}) {
        for (const QString &event : {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
            steps << QStringLiteral("CREATE TRIGGER stats_note_%1_%2 AFTER %3 ON %1 BEGIN")
                             .arg(table, event.toLower(), event) +
                         noteMonths.arg(QStringLiteral("SELECT '*' AS month")) + QStringLiteral(" END");
        }
    }
    return steps;
}

} // namespace casedesk
