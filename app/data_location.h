#pragma once

#include <QString>

namespace casedesk {

// Where the database lives unless the user says otherwise:
// Linux ~/.local/share/CaseDesk/casedesk.db, Windows %APPDATA%\CaseDesk\casedesk.db.
QString defaultDatabasePath();

// Sets the organisation and application names QSettings and QStandardPaths use.
void setApplicationIdentity();

} // namespace casedesk
