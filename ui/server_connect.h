#pragma once

#include "storage/database.h"

#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace casedesk {

// Connects this desk to an office's PostgreSQL server (`casedesk --server URL`). The password
// is asked for when the server wants one the address does not give (it is kept in memory only,
// never stored); a failure is explained with Retry and Close. nullopt: the user closed.
std::optional<std::unique_ptr<Database>> connectToServer(QWidget *parent, const QString &url);

} // namespace casedesk
