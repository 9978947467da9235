#include "storage/schema_steps.h"

namespace casedesk {

// Version 25, the liaison-point network (消费维权联络点, issue 19):
// - liaison_points: the directory of points (type, host, place, contact, the official who guides
//   it, status, model-point title); its changes are noted in the desk log;
// - complaints.liaison_point_id: the point a complaint came through (channel liaison_point);
// - every rule set gains the liaison_reply rule, 5 working days from receipt for the channel
//   liaison_point (a council changes it with a new set); the stored due list is worked out again
//   (the migration's finish function);
// - liaison_leads: leads on illegal business (线索) a point passed on, forwarded and followed;
// - liaison_ledgers: a point's monthly ledger (台账), one row per point and month with a version;
//   liaison_visits: the assigned official's visits, several a month.
QStringList schemaVersion25()
{
    return {
        QStringLiteral("CREATE TABLE liaison_points ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('community', 'village', 'market', 'supermarket', 'mall', 'enterprise', 'scenic_spot', 'ecommerce', 'school', 'office_building', 'industrial_park', 'other')),"
                       " host TEXT NOT NULL DEFAULT '',"
                       " address TEXT NOT NULL DEFAULT '',"
                       " district TEXT NOT NULL DEFAULT '',"
                       " street TEXT NOT NULL DEFAULT '',"
                       " contact_person TEXT NOT NULL DEFAULT '',"
                       " contact_phone TEXT NOT NULL DEFAULT '',"
                       " official TEXT NOT NULL DEFAULT '',"
                       " set_up_on TEXT,"
                       " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'closed')),"
                       " model_title TEXT NOT NULL DEFAULT '',"
                       " model_year INTEGER,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " updated_by TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX liaison_points_name ON liaison_points(name, address)"),
        QStringLiteral("CREATE INDEX liaison_points_street ON liaison_points(street)"),
        QStringLiteral("ALTER TABLE complaints ADD COLUMN liaison_point_id INTEGER REFERENCES liaison_points(id)"),
        QStringLiteral("CREATE INDEX complaints_liaison_point ON complaints(liaison_point_id)"
                       " WHERE liaison_point_id IS NOT NULL"),
        QStringLiteral("INSERT INTO deadline_rules(rule_set_id, kind, channel, amount, unit)"
                       " SELECT id, 'liaison_reply', 'liaison_point', 5, 'working_days' FROM deadline_rule_sets"),
        QStringLiteral("CREATE TABLE liaison_leads ("
                       " id INTEGER PRIMARY KEY,"
                       " point_id INTEGER NOT NULL REFERENCES liaison_points(id),"
                       " received_on TEXT NOT NULL,"
                       " suspicion TEXT NOT NULL,"
                       " business TEXT NOT NULL DEFAULT '',"
                       " place TEXT NOT NULL DEFAULT '',"
                       " observed_on TEXT,"
                       " regulator TEXT NOT NULL DEFAULT '',"
                       " forwarded_on TEXT,"
                       " outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'forwarded', 'penalised', 'not_confirmed', 'other')),"
                       " outcome_note TEXT NOT NULL DEFAULT '',"
                       " outcome_on TEXT,"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " updated_by TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX liaison_leads_point ON liaison_leads(point_id)"),
        QStringLiteral("CREATE TABLE liaison_ledgers ("
                       " point_id INTEGER NOT NULL REFERENCES liaison_points(id),"
                       " month TEXT NOT NULL,"
                       " consultations INTEGER NOT NULL DEFAULT 0 CHECK (consultations >= 0),"
                       " trainees INTEGER NOT NULL DEFAULT 0 CHECK (trainees >= 0),"
                       " trainings INTEGER NOT NULL DEFAULT 0 CHECK (trainings >= 0),"
                       " leaflets INTEGER NOT NULL DEFAULT 0 CHECK (leaflets >= 0),"
                       " settled INTEGER NOT NULL DEFAULT 0 CHECK (settled >= 0),"
                       " settled_fen INTEGER NOT NULL DEFAULT 0 CHECK (settled_fen >= 0),"
                       " version INTEGER NOT NULL DEFAULT 1,"
                       " saved_by TEXT NOT NULL,"
                       " saved_at TEXT NOT NULL,"
                       " PRIMARY KEY (point_id, month))"),
        QStringLiteral("CREATE INDEX liaison_ledgers_month ON liaison_ledgers(month)"),
        QStringLiteral("CREATE TABLE liaison_visits ("
                       " id INTEGER PRIMARY KEY,"
                       " point_id INTEGER NOT NULL REFERENCES liaison_points(id),"
                       " visited_on TEXT NOT NULL,"
                       " official TEXT NOT NULL,"
                       " findings TEXT NOT NULL DEFAULT '',"
                       " recorded_by TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX liaison_visits_point ON liaison_visits(point_id, visited_on)"),
    };
}

} // namespace casedesk
