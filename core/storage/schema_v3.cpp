#include "storage/schema_steps.h"

namespace casedesk {

// Version 3: working-day calendar, deadline rule sets, clock pauses.
QStringList schemaVersion3()
{
    return {
        // The holiday schedule of each year the file knows: shipped with CaseDesk or imported
        // by a caseworker. `document` keeps the file's text so that clearing a caseworker's
        // edit of one day restores what the notice says. A year with no row here is "not
        // covered": only the weekday rule applies there and CaseDesk warns.
        QStringLiteral("CREATE TABLE calendar_years ("
                       " year INTEGER PRIMARY KEY,"
                       " source TEXT NOT NULL CHECK (source IN ('shipped', 'imported')),"
                       " papers TEXT NOT NULL DEFAULT '',"
                       " document TEXT NOT NULL,"
                       " loaded_at TEXT NOT NULL)"),
        // Days that differ from the weekday rule. 'edited' rows are a caseworker's own
        // decision and survive re-imports of the year.
        QStringLiteral("CREATE TABLE calendar_days ("
                       " day TEXT PRIMARY KEY CHECK (length(day) = 10),"
                       " working INTEGER NOT NULL CHECK (working IN (0, 1)),"
                       " name TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL CHECK (source IN ('shipped', 'imported', 'edited')))"),

        // Deadline rules are effective-dated data, never constants: the set in force on a
        // case's received date applies to it. Sets are added, not edited, so a closed case's
        // deadlines never change after the fact.
        QStringLiteral("CREATE TABLE deadline_rule_sets ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " effective_from TEXT NOT NULL UNIQUE CHECK (length(effective_from) = 10),"
                       " note TEXT NOT NULL DEFAULT '')"),
        // `kind` is checked in code (core/deadlines/deadline_rules.cpp) rather than here, so a
        // new kind of deadline needs no schema step. `channel` '' applies to every channel.
        QStringLiteral("CREATE TABLE deadline_rules ("
                       " id INTEGER PRIMARY KEY,"
                       " rule_set_id INTEGER NOT NULL REFERENCES deadline_rule_sets(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL,"
                       " channel TEXT NOT NULL DEFAULT '',"
                       " amount INTEGER NOT NULL CHECK (amount > 0),"
                       " unit TEXT NOT NULL CHECK (unit IN ('working_days', 'calendar_days', 'hours')),"
                       " UNIQUE (rule_set_id, kind, channel))"),

        // Appraisal or testing (鉴定/检测) stops a case's clock; ended_at is NULL while it runs.
        QStringLiteral("CREATE TABLE clock_pauses ("
                       " id INTEGER PRIMARY KEY,"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                       " started_at TEXT NOT NULL,"
                       " ended_at TEXT,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " actor TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX clock_pauses_complaint ON clock_pauses(complaint_id, started_at)"),

        // The built-in set. DOMAIN.md names "the SAMR rules of 2019/2022": the 2019 rules are
        // the Interim Measures for Handling Complaints and Reports in Market Regulation (SAMR
        // Order No. 20), in force from 2020-01-01, the date used here; DOMAIN.md gives the same
        // 7 and 45 working days for the 2022 revision. The networked-enterprise and 12345 limits are local
        // practice (Shanghai), kept in the same set so a district changes them by adding a set.
        // Order No. 121 (from 2026-04-15) is not seeded: its numbers are not known here, and a
        // caseworker adds it with `casedesk-cli rules add --from 2026-04-15 ...`.
        QStringLiteral("INSERT INTO deadline_rule_sets(id, name, effective_from, note) VALUES (1,"
                       " '市场监管投诉举报处理暂行办法（2019/2022）', '2020-01-01',"
                       " '国家市场监督管理总局令第20号，2020年1月1日起施行；联网企业与12345时限为本市做法')"),
        QStringLiteral("INSERT INTO deadline_rules(rule_set_id, kind, channel, amount, unit) VALUES"
                       " (1, 'accept', '', 7, 'working_days'),"
                       " (1, 'mediation', '', 45, 'working_days'),"
                       " (1, 'termination_notice', '', 7, 'working_days'),"
                       " (1, 'enterprise', '', 10, 'working_days'),"
                       " (1, 'hotline_sign', '12345', 1, 'working_days'),"
                       " (1, 'hotline_reply', '12345', 5, 'working_days'),"
                       " (1, 'hotline_dispatch', '12345', 2, 'hours')"),
    };
}

} // namespace casedesk
