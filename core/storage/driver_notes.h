#pragma once

// Qt's PostgreSQL driver warns "Unable to free statement: … current transaction is aborted"
// whenever a statement failed inside a transaction (its prepared statement cannot be freed
// until the rollback, which frees it). The failure itself is reported to the user already;
// the note is only noise on a terminal. This filter drops it and passes everything else on.
namespace casedesk {

void installDriverNoteFilter();

} // namespace casedesk
