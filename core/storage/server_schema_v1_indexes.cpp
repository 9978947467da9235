#include "storage/server_schema_steps.h"

namespace casedesk {

// SQLite's named indexes of steps 1–13, by the same names and on the same columns, so the
// list's keyset paging and the statistics read the same orders on both engines. (On text
// columns COLLATE "C" they serve `LIKE 'prefix%'` too.) The search index is with the rest of
// the search, in server_schema_v1_search.cpp.
QStringList serverSchemaV1Indexes()
{
    const char *const indexes[] = {
        // Step 1.
        "CREATE INDEX consumers_phone ON consumers(phone)",
        "CREATE INDEX businesses_name ON businesses(name)",
        "CREATE INDEX businesses_credit_code ON businesses(credit_code)",
        "CREATE INDEX complaints_received ON complaints(received_at, id)",
        "CREATE INDEX complaints_status ON complaints(status, received_at)",
        "CREATE INDEX complaints_category ON complaints(category_id, received_at)",
        "CREATE INDEX complaints_channel ON complaints(channel, received_at)",
        "CREATE INDEX complaints_business ON complaints(business_id)",
        "CREATE INDEX complaints_consumer ON complaints(consumer_id)",
        "CREATE INDEX audit_log_complaint ON audit_log(complaint_id, id)",
        // Step 2.
        "CREATE INDEX case_events_complaint ON case_events(complaint_id, id)",
        "CREATE INDEX complaints_assignee ON complaints(assignee, received_at)",
        "CREATE INDEX complaints_closed ON complaints(closed_at, received_at)",
        // Step 3.
        "CREATE INDEX clock_pauses_complaint ON clock_pauses(complaint_id, started_at)",
        // Step 4.
        "CREATE INDEX evidence_complaint ON evidence(complaint_id)",
        // Step 6.
        "CREATE INDEX mediation_sessions_case ON mediation_sessions(complaint_id)",
        "CREATE INDEX mediation_sessions_start ON mediation_sessions(starts_at)",
        "CREATE INDEX session_mediators_mediator ON session_mediators(mediator_id)",
        "CREATE INDEX court_hearings_case ON court_hearings(complaint_id)",
        // Step 7.
        "CREATE INDEX desk_events_at ON desk_events(at, id)",
        // Step 9.
        "CREATE INDEX follow_ups_complaint ON follow_ups(complaint_id, id)",
        "CREATE INDEX follow_ups_at ON follow_ups(at)",
        "CREATE INDEX typical_cases_marked ON typical_cases(marked_at)",
        "CREATE INDEX case_events_status ON case_events(to_status, at)",
        // Step 10.
        "CREATE INDEX fund_entries_fund ON fund_entries(fund_id, at, id)",
        "CREATE INDEX fund_entries_complaint ON fund_entries(complaint_id)",
        // Step 11.
        "CREATE INDEX complaints_amount ON complaints(amount_fen, id)",
        "CREATE INDEX consumers_name ON consumers(name)",
        // Step 12.
        "CREATE INDEX stats_summary_largest ON stats_summary(period, dimension, received)",
        // Step 13.
        "CREATE INDEX recovered_entries_case ON recovered_entries(complaint_id)",
        "CREATE UNIQUE INDEX recovered_entries_record ON recovered_entries(complaint_id, source, source_ref)"
        " WHERE source IN ('agreement', 'court', 'group', 'fund')",
    };
    QStringList sql;
    for (const char *index : indexes)
        sql << QString::fromUtf8(index);
    return sql;
}

} // namespace casedesk
