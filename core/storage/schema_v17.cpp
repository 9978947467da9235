#include "storage/schema_steps.h"

namespace casedesk {

// Version 17: a change of the working calendar or the deadline rules recounts only the cases
// whose on-time result it can move, not every case (issue 15).
//
// Step 12 noted such a change as '*', a full recount (half a minute on a million cases). A
// case's on-time result is judged from the calendar days between its receipt and its closing
// and from the rule set in force on its receipt date, so the triggers now note the day that
// changed (kind 'calendar') or the first day a changed rule set applies to (kind 'rules') in
// stats_dirty_days; the statistics counter turns those days into the closed cases they can
// concern (stats_summary_counter.cpp) before it counts. Same trigger names as step 12.
QStringList schemaVersion17()
{
    // Notes day `%2` (NULL: nothing) of kind `%1`.
    const QString noteDay = QStringLiteral(" INSERT INTO stats_dirty_days(kind, day) SELECT '%1', d FROM (SELECT %2 AS d)"
                                           " WHERE d IS NOT NULL AND NOT EXISTS"
                                           " (SELECT 1 FROM stats_dirty_days WHERE kind = '%1' AND day = d);");
    const QString ruleSetStart = QStringLiteral("(SELECT effective_from FROM deadline_rule_sets WHERE id = %1)");
    struct Noted {
        const char *table;
        QString kind;
        QString (*day)(const QString &row, const QString &ruleSetStart);
    };
    const Noted tables[] = {
        {"calendar_days", QStringLiteral("calendar"),
         [](const QString &row, const QString &) { return row + QStringLiteral(".day"); }},
        {"deadline_rule_sets", QStringLiteral("rules"),
         [](const QString &row, const QString &) { return row + QStringLiteral(".effective_from"); }},
        {"deadline_rules", QStringLiteral("rules"),
         [](const QString &row, const QString &start) { return start.arg(row + QStringLiteral(".rule_set_id")); }},
    };

    QStringList steps = {
        QStringLiteral("CREATE TABLE stats_dirty_days ("
                       " kind TEXT NOT NULL CHECK (kind IN ('calendar', 'rules')),"
                       " day TEXT NOT NULL,"
                       " PRIMARY KEY (kind, day)) WITHOUT ROWID"),
    };
    for (const Noted &t : tables) {
        const QString table = QLatin1String(t.table);
        for (const QString &event : {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
            const QString name = QStringLiteral("stats_note_%1_%2").arg(table, event.toLower());
            QString body;
            if (event != QLatin1String("INSERT"))
                body += noteDay.arg(t.kind, t.day(QStringLiteral("old"), ruleSetStart));
            if (event != QLatin1String("DELETE"))
                body += noteDay.arg(t.kind, t.day(QStringLiteral("new"), ruleSetStart));
            steps << QStringLiteral("DROP TRIGGER %1").arg(name)
                  << QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 BEGIN%4 END").arg(name, event, table, body);
        }
    }
    return steps;
}

} // namespace casedesk
