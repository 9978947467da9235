#include "storage/schema_steps.h"

namespace casedesk {

// Version 6: mediation. The mediator and court directories, mediation sessions, the
// mediation agreement with its performance, termination notices and court referral.
// Codes in CHECK lists are those of core/mediation/mediation_codes.cpp.
QStringList schemaVersion6()
{
    return {
        QStringLiteral(
            "CREATE TABLE mediators ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind IN ('staff', 'peoples_mediator', 'volunteer_lawyer', 'expert')),"
            " office TEXT NOT NULL DEFAULT '',"
            " phone TEXT NOT NULL DEFAULT '',"
            " email TEXT NOT NULL DEFAULT '',"
            " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE courts ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('court', 'circuit')),"
                       " address TEXT NOT NULL DEFAULT '',"
                       " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE mediation_sessions ("
                       " id INTEGER PRIMARY KEY,"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                       " starts_at TEXT NOT NULL,"
                       " minutes INTEGER NOT NULL CHECK (minutes > 0),"
                       " mode TEXT NOT NULL CHECK (mode IN ('on_site', 'phone', 'video', 'remote')),"
                       " place TEXT NOT NULL DEFAULT '',"
                       " participants TEXT NOT NULL DEFAULT '',"
                       " record TEXT NOT NULL DEFAULT '',"
                       " outcome TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL,"
                       " recorded_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX mediation_sessions_case ON mediation_sessions(complaint_id)"),
        QStringLiteral("CREATE INDEX mediation_sessions_start ON mediation_sessions(starts_at)"),
        QStringLiteral("CREATE TABLE session_mediators ("
                       " session_id INTEGER NOT NULL REFERENCES mediation_sessions(id) ON DELETE CASCADE,"
                       " mediator_id INTEGER NOT NULL REFERENCES mediators(id),"
                       " PRIMARY KEY (session_id, mediator_id))"),
        QStringLiteral("CREATE INDEX session_mediators_mediator ON session_mediators(mediator_id)"),
        // One agreement per case; signed_on stays NULL while it is a draft.
        QStringLiteral("CREATE TABLE mediation_agreements ("
                       " complaint_id INTEGER PRIMARY KEY REFERENCES complaints(id),"
                       " facts TEXT NOT NULL DEFAULT '',"
                       " disputes TEXT NOT NULL DEFAULT '',"
                       " responsibility TEXT NOT NULL DEFAULT '',"
                       " terms TEXT NOT NULL DEFAULT '',"
                       " performance_method TEXT NOT NULL DEFAULT '',"
                       " performance_place TEXT NOT NULL DEFAULT '',"
                       " perform_by TEXT,"
                       " amount_fen INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),"
                       " mediator_id INTEGER REFERENCES mediators(id),"
                       " copies INTEGER NOT NULL DEFAULT 3 CHECK (copies BETWEEN 2 AND 20),"
                       " signed_on TEXT,"
                       " performance TEXT NOT NULL DEFAULT 'pending'"
                       "  CHECK (performance IN ('pending', 'performed', 'partly', 'not_performed')),"
                       " performance_checked_on TEXT,"
                       " recovered_fen INTEGER NOT NULL DEFAULT 0 CHECK (recovered_fen >= 0),"
                       " updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL)"),
        // The notice to the parties after a termination (case_events holds the termination).
        QStringLiteral("CREATE TABLE termination_notices ("
                       " event_id INTEGER PRIMARY KEY REFERENCES case_events(id),"
                       " complaint_id INTEGER NOT NULL REFERENCES complaints(id),"
                       " notified_on TEXT NOT NULL,"
                       " method TEXT NOT NULL DEFAULT '',"
                       " recorded_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE court_referrals ("
                       " complaint_id INTEGER PRIMARY KEY REFERENCES complaints(id),"
                       " consent_on TEXT NOT NULL,"
                       " court_id INTEGER NOT NULL REFERENCES courts(id),"
                       " referred_on TEXT NOT NULL,"
                       " claims TEXT NOT NULL DEFAULT '',"
                       " lawyer_id INTEGER REFERENCES mediators(id),"
                       " court_case_number TEXT NOT NULL DEFAULT '',"
                       " outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'for_consumer',"
                       "  'partly', 'against', 'settled', 'withdrawn', 'dismissed')),"
                       " decided_on TEXT,"
                       " awarded_fen INTEGER NOT NULL DEFAULT 0 CHECK (awarded_fen >= 0),"
                       " recovered_fen INTEGER NOT NULL DEFAULT 0 CHECK (recovered_fen >= 0),"
                       " updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE court_hearings ("
                       " id INTEGER PRIMARY KEY,"
                       " complaint_id INTEGER NOT NULL REFERENCES court_referrals(complaint_id),"
                       " hearing_at TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX court_hearings_case ON court_hearings(complaint_id)"),
    };
}

} // namespace casedesk
