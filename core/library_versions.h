#pragma once

#include <QString>

// The versions of the libraries CaseDesk links, for Help > About and --version.

namespace casedesk {

QString linkedSqliteVersion(); // the SQLite CaseDesk itself links (backups, checks)
QString sodiumVersion();       // libsodium (password hashing)

} // namespace casedesk
