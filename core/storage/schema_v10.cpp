#include "storage/schema_steps.h"

namespace casedesk {

// Version 10: prepaid-card disputes and what grows around them: card details per complaint,
// networked enterprises, group cases, early-warning rules and alerts, first-compensation
// funds, and a record of merged business records.
QStringList schemaVersion10()
{
    return {
        // One row per complaint that concerns a prepaid card; a table of its own so the
        // complaints row stays the registration elements only.
        QStringLiteral("CREATE TABLE prepaid_cards ("
                       " complaint_id INTEGER PRIMARY KEY REFERENCES complaints(id),"
                       " card_type TEXT NOT NULL,"
                       " card_number TEXT NOT NULL DEFAULT '',"
                       " purchase_date TEXT,"
                       " expiry_date TEXT,"
                       " term_months INTEGER NOT NULL DEFAULT 0 CHECK (term_months >= 0),"
                       " paid_fen INTEGER NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),"
                       " balance_fen INTEGER NOT NULL DEFAULT 0 CHECK (balance_fen >= 0),"
                       " sessions_left INTEGER CHECK (sessions_left >= 0),"
                       " business_status TEXT NOT NULL DEFAULT 'unknown',"
                       " notice_given TEXT NOT NULL DEFAULT 'unknown',"
                       " updated_at TEXT NOT NULL)"),

        QStringLiteral("ALTER TABLE businesses ADD COLUMN networked INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE business_merges ("
                       " id INTEGER PRIMARY KEY,"
                       " kept_id INTEGER NOT NULL REFERENCES businesses(id),"
                       " merged_id INTEGER NOT NULL,"
                       " merged_name TEXT NOT NULL,"
                       " merged_credit_code TEXT NOT NULL DEFAULT '',"
                       " cases_moved INTEGER NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL)"),

        // 群体性投诉: one group per dispute; a case belongs to at most one group.
        QStringLiteral("CREATE TABLE case_groups ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " business_id INTEGER REFERENCES businesses(id),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " created_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE case_group_members ("
                       " group_id INTEGER NOT NULL REFERENCES case_groups(id),"
                       " complaint_id INTEGER NOT NULL UNIQUE REFERENCES complaints(id),"
                       " representative INTEGER NOT NULL DEFAULT 0,"
                       " outcome_fen INTEGER CHECK (outcome_fen >= 0),"
                       " added_at TEXT NOT NULL,"
                       " added_by TEXT NOT NULL,"
                       " PRIMARY KEY (group_id, complaint_id))"),
        QStringLiteral("CREATE TABLE group_outcomes ("
                       " id INTEGER PRIMARY KEY,"
                       " group_id INTEGER NOT NULL REFERENCES case_groups(id),"
                       " basis TEXT NOT NULL,"
                       " percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),"
                       " description TEXT NOT NULL DEFAULT '',"
                       " members INTEGER NOT NULL,"
                       " total_fen INTEGER NOT NULL,"
                       " recovered INTEGER NOT NULL DEFAULT 0,"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL)"),

        // 风险预警: rules are data a supervisor tunes; alerts are kept so they can be acknowledged.
        QStringLiteral("CREATE TABLE warning_rules ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " window_days INTEGER NOT NULL CHECK (window_days BETWEEN 1 AND 90),"
                       " min_count INTEGER NOT NULL CHECK (min_count >= 1),"
                       " baseline_days INTEGER NOT NULL CHECK (baseline_days BETWEEN 0 AND 730),"
                       " ratio_percent INTEGER NOT NULL CHECK (ratio_percent >= 0),"
                       " prepaid_weight_percent INTEGER NOT NULL CHECK (prepaid_weight_percent BETWEEN 100 AND 1000),"
                       " active INTEGER NOT NULL DEFAULT 1)"),
        // At least 15 (a prepaid complaint counts 1.5, so 10 card holders) in 7 days and 4 times the
        // usual level: with a district's real volume, ordinary shops reach 5 in a week, or 3 times
        // their usual, by chance; a closure brings dozens (see warning_rules.h).
        QStringLiteral("INSERT INTO warning_rules(name, window_days, min_count, baseline_days, ratio_percent,"
                       " prepaid_weight_percent) VALUES ('突增投诉', 7, 15, 90, 400, 150)"),
        QStringLiteral("CREATE TABLE warning_alerts ("
                       " id INTEGER PRIMARY KEY,"
                       " business_id INTEGER NOT NULL REFERENCES businesses(id),"
                       " rule_id INTEGER NOT NULL REFERENCES warning_rules(id),"
                       " first_day TEXT NOT NULL,"
                       " last_day TEXT NOT NULL,"
                       " complaints INTEGER NOT NULL,"
                       " prepaid INTEGER NOT NULL,"
                       " score_percent INTEGER NOT NULL,"
                       " baseline_percent INTEGER NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " acknowledged_at TEXT,"
                       " acknowledged_by TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (business_id, rule_id, first_day))"),

        // 先行赔付: a fund held by a mall or market; the balance is the sum of its entries.
        QStringLiteral("CREATE TABLE funds ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " holder TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE fund_entries ("
                       " id INTEGER PRIMARY KEY,"
                       " fund_id INTEGER NOT NULL REFERENCES funds(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('top_up', 'payout')),"
                       " amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),"
                       " complaint_id INTEGER REFERENCES complaints(id),"
                       " at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX fund_entries_fund ON fund_entries(fund_id, at, id)"),
        QStringLiteral("CREATE INDEX fund_entries_complaint ON fund_entries(complaint_id)"),
    };
}

} // namespace casedesk
