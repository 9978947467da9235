#pragma once

#include "result.h"
#include "storage/engine_copy.h"

#include <QString>

#include <functional>

namespace casedesk {

// Writes an office's whole server database into a new CaseDesk file (for a laptop at a circuit
// hearing, or an archive): every table `server import` copies, with their ids, from one
// consistent snapshot of the server. The file gets its own search index, daily counts and
// counted statistics, so it opens ready. The file must not exist; it appears only once it is
// complete (written beside it under another name, then renamed), so a failure or a cancel
// leaves nothing. `progress(done, total)` is called per table; returning false cancels.
Result<CopySummary> exportFromServer(const QString &serverUrl, const QString &targetFile,
                                             const std::function<bool(int, int)> &progress = {});

} // namespace casedesk
