#pragma once

namespace casedesk {

// The PostgreSQL notification channel on which a server tells every desk listening that cases
// changed (server step 6, server_schema_v6.cpp); the payload names the table. The window
// listens on its connection (ui/server_change_watcher.h) and shows colleagues' changes.
inline constexpr char kServerChangeChannel[] = "casedesk_changes";

} // namespace casedesk
