#pragma once

#include "liaison/liaison_report.h"

namespace casedesk {

// The report's written analysis, drafted from its figures in plain sentences (one paragraph
// each on the ledgers, the transfers, the leads and the visits) for the supervisor to reword.
QStringList draftLiaisonAnalysis(const LiaisonReport &report);

} // namespace casedesk
