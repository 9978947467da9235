#pragma once

#include <QStringList>

// The statements of each server schema step, one file per version. Released steps are never
// edited: a change to the schema is a new step here AND a new SQLite step (schema_steps.h).

namespace casedesk {

QStringList serverSchemaVersion1(); // the model of SQLite steps 1-15
QStringList serverSchemaVersion2(); // the model of SQLite step 16: stored deadlines, daily counts
QStringList serverSchemaVersion3(); // the model of SQLite step 17: calendar and rule changes noted by day
QStringList serverSchemaVersion4(); // the model of SQLite step 18: cases not accepted in the summaries
QStringList serverSchemaVersion5(); // the model of SQLite step 19: early warning keeps its runs
QStringList serverSchemaVersion6(); // server only: desks notified of changed cases (live updates)
QStringList serverSchemaVersion7(); // server only: logins, groups and the functions rights need
QStringList serverSchemaVersion8(); // the model of SQLite step 20: letter wordings, letters sent
QStringList serverSchemaVersion9(); // the model of SQLite step 21: talks, promises, enterprises' answers
QStringList serverSchemaVersion10(); // the model of SQLite step 22: agreement and referral letters, a letter's page
QStringList serverSchemaVersion11(); // the model of SQLite step 23: the first contact, its rule and counts
QStringList serverSchemaVersion12(); // the model of SQLite step 24: a 12345 work order's own times
QStringList serverSchemaVersion13(); // the model of SQLite step 25: the liaison-point network
QStringList serverSchemaVersion14(); // the model of SQLite step 26: the liaison points' assessment
QStringList serverSchemaVersion15(); // server only: full phones and ID numbers for the roles that may reveal them

// The parts of step 1, in the order it runs them (server_schema_v1.cpp).
QStringList serverSchemaV1Tables();  // every table, as SQLite's final schema has it
QStringList serverSchemaV1Seeds();   // the rows a new SQLite file starts with
QStringList serverSchemaV1Indexes(); // SQLite's named indexes
QStringList serverSchemaV1Search();  // case_search over pg_trgm and its triggers (steps 11, 14)
QStringList serverSchemaV1Stats();   // the statistics' change notes (step 12)
QStringList serverSchemaV1Ledger();  // recovered_fen derived from the ledger (step 13)
QStringList serverSchemaV1Trail();   // audit trail and desk log insert-only (server only)

} // namespace casedesk
