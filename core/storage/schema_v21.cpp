#include "storage/schema_steps.h"

namespace casedesk {

// Version 21, working with businesses (issue 20):
// - talks (约谈) with businesses and what they promised, each promise checked later (kept or
//   not, when, by whom);
// - enterprise_agreements: the complaint-network agreement (投诉联网) with a business: signed on,
//   contact, its complaint desk, ODR participation, ended on (businesses.networked follows it);
// - enterprise_answers: a networked enterprise's answer to a case forwarded to it (先行和解):
//   settled (with what, how much) or failed (why), and when; one per forwarding step.
QStringList schemaVersion21()
{
    return {
        QStringLiteral("CREATE TABLE talks ("
                       " id INTEGER PRIMARY KEY,"
                       " business_id INTEGER NOT NULL REFERENCES businesses(id),"
                       " held_on TEXT NOT NULL,"
                       " place TEXT NOT NULL DEFAULT '',"
                       " council_attendees TEXT NOT NULL,"
                       " business_attendees TEXT NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " problems TEXT NOT NULL,"
                       " recorded_by TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX talks_business ON talks(business_id)"),
        QStringLiteral("CREATE TABLE talk_promises ("
                       " id INTEGER PRIMARY KEY,"
                       " talk_id INTEGER NOT NULL REFERENCES talks(id),"
                       " text TEXT NOT NULL,"
                       " due_on TEXT NOT NULL,"
                       " checked_on TEXT,"
                       " kept INTEGER CHECK (kept IN (0, 1)),"
                       " check_note TEXT NOT NULL DEFAULT '',"
                       " checked_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX talk_promises_talk ON talk_promises(talk_id)"),
        QStringLiteral("CREATE INDEX talk_promises_due ON talk_promises(due_on) WHERE checked_on IS NULL"),
        QStringLiteral("CREATE TABLE enterprise_answers ("
                       " forward_event_id INTEGER PRIMARY KEY REFERENCES case_events(id),"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                       " settled INTEGER NOT NULL CHECK (settled IN (0, 1)),"
                       " text TEXT NOT NULL,"
                       " amount_fen INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),"
                       " answered_on TEXT NOT NULL,"
                       " recorded_by TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX enterprise_answers_complaint ON enterprise_answers(complaint_id)"),
        QStringLiteral("CREATE TABLE enterprise_agreements ("
                       " business_id INTEGER PRIMARY KEY REFERENCES businesses(id),"
                       " signed_on TEXT NOT NULL,"
                       " contact_person TEXT NOT NULL DEFAULT '',"
                       " contact_phone TEXT NOT NULL DEFAULT '',"
                       " complaint_desk TEXT NOT NULL DEFAULT '',"
                       " odr INTEGER NOT NULL DEFAULT 0 CHECK (odr IN (0, 1)),"
                       " ended_on TEXT,"
                       " updated_by TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
    };
}

} // namespace casedesk
