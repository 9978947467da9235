#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

// The statements of each schema step, one file per version. Released steps are never
// edited: a change to the schema is a new step (see migrations.cpp).

namespace casedesk {

QStringList schemaVersion1(); // settings, taxonomy, parties, complaints, case numbers, audit log
QStringList schemaVersion2(); // workflow: users, case events
QStringList schemaVersion3(); // working-day calendar, deadline rule sets, clock pauses
QStringList schemaVersion4(); // evidence files attached to cases
QStringList schemaVersion5(); // money recovered on a case
QStringList schemaVersion6(); // mediation: mediators, courts, sessions, agreements, referrals
QStringList schemaVersion7(); // passwords, lock-out, auditor role, desk events, anonymised consumers
QStringList schemaVersion8(); // tamper-evident audit: hash chain
QStringList schemaVersion9(); // follow-up visits, spot checks, typical cases
QStringList schemaVersion10(); // prepaid cards, groups, early warning, funds, business merges
QStringList schemaVersion11(); // trigram text search index over cases (FTS5)
QStringList schemaVersion12(); // statistics summaries per month and district, kept by triggers
QStringList schemaVersion13(); // money recovered as a ledger of entries

// Step 13's data work: today's totals of money recovered become ledger entries.
Status moveRecoveredIntoEntries(const QSqlDatabase &db);
QStringList schemaVersion14(); // a business renamed: its cases re-indexed for search in chunks
QStringList schemaVersion15(); // desk log chained like the audit trail; users' starting state
QStringList schemaVersion16(); // stored deadlines for the due list; daily counts for early warning
// Step 16's count of complaints per business and day from the cases (INSERT ... SELECT).
QString countBusinessDaysSql();
QStringList schemaVersion17(); // calendar and rule changes recount only the cases they can move
QStringList schemaVersion18(); // cases received but not accepted kept in the statistics summaries
QStringList schemaVersion19(); // early warning keeps the runs it found
QStringList schemaVersion20(); // letter wordings; letters sent to a case's parties, kept as sent
QStringList schemaVersion21(); // talks (约谈) with businesses, their promises; enterprises' answers
QStringList schemaVersion22(); // the agreement and the referral letter among the letters; a sent letter's page
QStringList schemaVersion23(); // the first contact with the complainant (24-hour first response)
QStringList schemaVersion24(); // a 12345 work order's own dispatch and due times
QStringList schemaVersion25(); // the liaison-point network: directory, transfers, leads, ledgers, visits
QStringList schemaVersion26(); // the model liaison points' assessment: a scoring sheet per year, scores

} // namespace casedesk
