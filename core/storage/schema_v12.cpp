#include "storage/schema_steps.h"

namespace casedesk {

// Version 12: statistics summaries, so a year's dashboard does not read a million cases.
//
// stats_summary holds, per calendar month ('2025-03') and per year ('2025'), per district
// of the business, the measures of docs/statistics.md: totals on the row with an empty
// dimension, and the received / finished counts per group of every breakdown dimension.
// core/stats/stats_summaries.cpp fills it from the cases; nothing else writes it.
//
// The triggers below do not count anything: they only note which months a change touches
// in stats_dirty, and the next reader recounts those months before it reads. A change of
// the working calendar or the deadline rules can move any case's on-time result, so it
// notes '*', a full recount. The step itself notes '*' so that an existing file is counted
// once, by the application, with progress, not inside the migration.
QStringList schemaVersion12()
{
    // The months a case counts in: received, closed, its mediation events and its follow-up
    // visits. `%1` is the case's id.
    const QString caseMonths =
        QStringLiteral(" SELECT substr(received_at, 1, 7) AS month FROM complaints WHERE id = %1"
                       " UNION SELECT substr(closed_at, 1, 7) FROM complaints WHERE id = %1 AND closed_at IS NOT NULL"
                       " UNION SELECT substr(at, 1, 7) FROM case_events WHERE complaint_id = %1"
                       " UNION SELECT substr(at, 1, 7) FROM follow_ups WHERE complaint_id = %1");
    // The same for every case of business `%1`.
    const QString businessMonths = QStringLiteral(
        " SELECT substr(received_at, 1, 7) AS month FROM complaints WHERE business_id = %1"
        " UNION SELECT substr(closed_at, 1, 7) FROM complaints WHERE business_id = %1 AND closed_at IS NOT NULL"
        " UNION SELECT substr(e.at, 1, 7) FROM case_events e JOIN complaints c ON c.id = e.complaint_id"
        " WHERE c.business_id = %1"
        " UNION SELECT substr(f.at, 1, 7) FROM follow_ups f JOIN complaints c ON c.id = f.complaint_id"
        " WHERE c.business_id = %1");
    // Notes the months `%1` selects (a column named month). Not INSERT OR IGNORE: inside a
    // trigger, the conflict clause of the statement that fired it (an upsert) would win.
    const QString mark =
        QStringLiteral(" INSERT INTO stats_dirty(month) SELECT DISTINCT month FROM (%1)"
                       " WHERE month IS NOT NULL AND month NOT IN (SELECT month FROM stats_dirty); END");

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
        QStringLiteral("CREATE TABLE stats_dirty (month TEXT PRIMARY KEY) WITHOUT ROWID"), // 'YYYY-MM', '*': all
        QStringLiteral("INSERT INTO stats_dirty(month) VALUES ('*')"),

        QStringLiteral("CREATE TRIGGER stats_dirty_complaint_insert AFTER INSERT ON complaints BEGIN") +
            mark.arg(caseMonths.arg(QStringLiteral("new.id"))),
        // Before the update for the months it counted in, after it for the new ones; before a
        // delete, while its events can still be read.
        QStringLiteral("CREATE TRIGGER stats_dirty_complaint_before BEFORE UPDATE OF business_id, received_at,"
                       " closed_at, accepted_at, status, amount_fen, recovered_fen, category_id, channel, nature,"
                       " assignee ON complaints BEGIN") +
            mark.arg(caseMonths.arg(QStringLiteral("old.id"))),
        QStringLiteral("CREATE TRIGGER stats_dirty_complaint_after AFTER UPDATE OF business_id, received_at,"
                       " closed_at, accepted_at, status, amount_fen, recovered_fen, category_id, channel, nature,"
                       " assignee ON complaints BEGIN") +
            mark.arg(caseMonths.arg(QStringLiteral("new.id"))),
        QStringLiteral("CREATE TRIGGER stats_dirty_complaint_delete BEFORE DELETE ON complaints BEGIN") +
            mark.arg(caseMonths.arg(QStringLiteral("old.id"))),

        QStringLiteral("CREATE TRIGGER stats_dirty_event_insert AFTER INSERT ON case_events BEGIN") +
            mark.arg(QStringLiteral("SELECT substr(new.at, 1, 7) AS month")),
        QStringLiteral("CREATE TRIGGER stats_dirty_event_delete BEFORE DELETE ON case_events BEGIN") +
            mark.arg(QStringLiteral("SELECT substr(old.at, 1, 7) AS month")),
        QStringLiteral("CREATE TRIGGER stats_dirty_follow_up_insert AFTER INSERT ON follow_ups BEGIN") +
            mark.arg(QStringLiteral("SELECT substr(new.at, 1, 7) AS month")),
        QStringLiteral("CREATE TRIGGER stats_dirty_follow_up_update AFTER UPDATE ON follow_ups BEGIN") +
            mark.arg(QStringLiteral("SELECT substr(old.at, 1, 7) AS month UNION SELECT substr(new.at, 1, 7)")),
        QStringLiteral("CREATE TRIGGER stats_dirty_follow_up_delete BEFORE DELETE ON follow_ups BEGIN") +
            mark.arg(QStringLiteral("SELECT substr(old.at, 1, 7) AS month")),

        // A business moved to another district or street: its cases count there now.
        QStringLiteral("CREATE TRIGGER stats_dirty_business_update AFTER UPDATE OF district, street ON businesses"
                       " BEGIN") +
            mark.arg(businessMonths.arg(QStringLiteral("new.id"))),
    };
    // The on-time check reads the calendar and the rule sets in force.
    for (const QString &table :
         {QStringLiteral("calendar_days"), QStringLiteral("deadline_rule_sets"), QStringLiteral("deadline_rules")}) {
        for (const QString &event : {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
            steps << QStringLiteral("CREATE TRIGGER stats_dirty_%1_%2 AFTER %3 ON %1 BEGIN"
                                    " INSERT INTO stats_dirty(month) SELECT '*' WHERE NOT EXISTS (SELECT 1 FROM "
                                    "stats_dirty WHERE month = '*'); END")
                         .arg(table, event.toLower(), event);
        }
    }
    return steps;
}

} // namespace casedesk
