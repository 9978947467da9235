#pragma once

// Qt's PostgreSQL driver warns "Unable to free statement: … current transaction is aborted"
// whenever a statement failed inside a transaction: it cannot DEALLOCATE the statements it
// prepared there, which then stay prepared until the connection closes (a few per failed
// step). The failure itself is reported to the user already; the note is only noise on a
// terminal. This filter drops it and passes everything else on.
namespace casedesk {

void installDriverNoteFilter();

} // namespace casedesk
